import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { maskPersonalIdsInText } from '@d06/observability';
import { CLOCK, type Clock } from '@d06/platform';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import { CostLedger } from '../costs/cost-ledger';
import { MessageLogWriter } from '../message-log/message-log.writer';

/** One call as the data plane knows it by the time it answers. */
export interface CallFacts {
  readonly messageId: string;
  readonly startedAt: number;
  readonly requestInAt: Date;
  readonly method: string;
  client: string;
  service: string;
  /** Path below the service, with its query. */
  path: string;
  userId: string | undefined;
  issue: string | undefined;
  readonly requestHash: string;
  readonly requestBody: Buffer | undefined;
  cacheHit: boolean;
  costVnd: number;
}

export const UNKNOWN_CLIENT = 'UNKNOWN/UNKNOWN/UNKNOWN/UNKNOWN';
export const UNKNOWN_SERVICE = 'UNKNOWN/UNKNOWN/UNKNOWN/UNKNOWN/UNKNOWN';

/**
 * Writes what every call leaves behind, refused calls included: a message-log entry — from which the monitoring
 * shipper publishes the call's operational-monitoring record — and, for a successful priced call, its cost. The
 * log is batched; `record` returns a promise only when its queue is full, and the caller answers after it
 * (backpressure instead of loss).
 */
@Injectable()
export class CallRecorder {
  private readonly tier: 'lgsp' | 'ndxp';
  private readonly logBodies: boolean;

  constructor(
    private readonly log: MessageLogWriter,
    private readonly costs: CostLedger,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.tier = config.GATEWAY_TIER;
    this.logBodies = config.GATEWAY_LOG_BODIES;
  }

  now(): Date {
    return this.clock.now();
  }

  record(
    call: CallFacts,
    status: number,
    body: Buffer | string,
    faultCode: string | undefined,
  ): Promise<void> | undefined {
    const responseOutAt = this.clock.now();
    const succeeded = status < 400 && faultCode === undefined;
    if (succeeded && call.costVnd > 0) this.costs.charge(call.client, call.service, call.costVnd);
    return this.log.append({
      messageId: call.messageId,
      tier: this.tier,
      client: call.client,
      service: call.service,
      method: call.method,
      path: maskPersonalIdsInText(call.path),
      userId: call.userId === undefined ? null : maskPersonalIdsInText(call.userId),
      issue: call.issue === undefined ? null : maskPersonalIdsInText(call.issue),
      status,
      faultCode: faultCode ?? null,
      requestHash: call.requestHash,
      responseHash: createHash('sha512').update(body).digest('base64'),
      requestBody:
        this.logBodies && call.requestBody ? maskPersonalIdsInText(call.requestBody.toString('utf8')) : null,
      responseBody: this.logBodies ? maskPersonalIdsInText(body.toString()) : null,
      requestInAt: call.requestInAt,
      responseOutAt,
      cacheHit: call.cacheHit,
      durationMs: Math.round((performance.now() - call.startedAt) * 1000) / 1000,
      requestSize: call.requestBody?.length ?? 0,
      responseSize: typeof body === 'string' ? Buffer.byteLength(body) : body.length,
      costVnd: call.costVnd,
    });
  }
}
