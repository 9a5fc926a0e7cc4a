import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { maskPersonalIdsInText } from '@d06/observability';
import { CLOCK, type Clock } from '@d06/platform';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import { CostLedger } from '../costs/cost-ledger';
import { MessageLogWriter } from '../message-log/message-log.writer';
import { MonitoringPublisher, type CallRecord } from '../monitoring/monitoring-publisher';

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
const MONITORED_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Writes what every call leaves behind, refused calls included: a message-log entry, an operational-monitoring
 * record and, for a successful priced call, its cost. Both queues are batched; `record` returns a promise only
 * when one is full, and the caller answers after it (backpressure instead of loss).
 */
@Injectable()
export class CallRecorder {
  private readonly tier: 'lgsp' | 'ndxp';
  private readonly logBodies: boolean;

  constructor(
    private readonly log: MessageLogWriter,
    private readonly monitoring: MonitoringPublisher,
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
  ): Promise<unknown> | undefined {
    const responseOutAt = this.clock.now();
    const durationMs = Math.round((performance.now() - call.startedAt) * 1000) / 1000;
    const succeeded = status < 400 && faultCode === undefined;
    const path = maskPersonalIdsInText(call.path);
    const userId = call.userId === undefined ? undefined : maskPersonalIdsInText(call.userId);
    const issue = call.issue === undefined ? undefined : maskPersonalIdsInText(call.issue);
    const cost = succeeded ? call.costVnd : 0;
    const responseSize = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    const logged = this.log.append({
      messageId: call.messageId,
      tier: this.tier,
      client: call.client,
      service: call.service,
      method: call.method,
      path,
      userId: userId ?? null,
      issue: issue ?? null,
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
    });
    if (cost > 0) this.costs.charge(call.client, call.service, cost);
    const published = MONITORED_METHODS.has(call.method)
      ? this.monitoring.publish(
          {
            messageId: call.messageId.slice(0, 100),
            tier: this.tier,
            client: call.client,
            service: call.service,
            method: call.method as CallRecord['method'],
            path: path.slice(0, 500),
            ...(userId ? { userId: userId.slice(0, 100) } : {}),
            ...(issue ? { issue: issue.slice(0, 100) } : {}),
            status,
            succeeded,
            ...(faultCode ? { faultCode } : {}),
            requestInAt: call.requestInAt.toISOString(),
            responseOutAt: responseOutAt.toISOString(),
            durationMs,
            requestSize: call.requestBody?.length ?? 0,
            responseSize,
            cacheHit: call.cacheHit,
            costVnd: cost,
            occurredAt: responseOutAt.toISOString(),
          },
          responseOutAt,
        )
      : undefined;
    if (logged && published) return Promise.all([logged, published]);
    return logged ?? published;
  }
}
