import type { MessageLogEntry } from './message-log-entry';

/** A message_log row as the driver returns it. */
export interface LogRow {
  chain: string;
  seq: string;
  message_id: string;
  tier: string;
  client: string;
  service: string;
  method: string;
  path: string;
  user_id: string | null;
  issue: string | null;
  status: number;
  fault_code: string | null;
  request_hash: string;
  response_hash: string;
  request_body: string | null;
  response_body: string | null;
  request_in_at: Date | string;
  response_out_at: Date | string;
  cache_hit: boolean;
  duration_ms: number;
  request_size: number;
  response_size: number;
  cost_vnd: number;
  prev_hash: string;
  hash: string;
}

/** The entry a row was written from (the verifier rehashes it; the monitoring catch-up re-sends it). */
export function entryOfRow(row: LogRow): MessageLogEntry {
  return {
    messageId: row.message_id,
    tier: row.tier,
    client: row.client,
    service: row.service,
    method: row.method,
    path: row.path,
    userId: row.user_id,
    issue: row.issue,
    status: Number(row.status),
    faultCode: row.fault_code,
    requestHash: row.request_hash,
    responseHash: row.response_hash,
    requestBody: row.request_body,
    responseBody: row.response_body,
    requestInAt: new Date(row.request_in_at).toISOString(),
    responseOutAt: new Date(row.response_out_at).toISOString(),
    cacheHit: Boolean(row.cache_hit),
    durationMs: Number(row.duration_ms),
    requestSize: Number(row.request_size),
    responseSize: Number(row.response_size),
    costVnd: Number(row.cost_vnd),
  };
}
