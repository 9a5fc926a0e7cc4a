import { performance } from 'node:perf_hooks';
import { hash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { maskPersonalIdsInText } from '@d06/observability';
import { CLOCK, type Clock } from '@d06/platform';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import { CostLedger } from '../costs/cost-ledger';
import { MessageLogWriter } from '../message-log/message-log.writer';
import { boundedMemo } from '../support/bounded-memo';
import type { Call } from './call';

/**
 * Writes what every call leaves behind, refused calls included: a message-log entry — from which its
 * operational-monitoring record is made — and, for a successful priced call, its cost. The log is batched;
 * `record` returns a promise only when its queue is full, and the caller answers after it (backpressure instead of
 * loss).
 */
@Injectable()
export class CallRecorder {
  private readonly tier: 'lgsp' | 'ndxp';
  private readonly logBodies: boolean;
  // the ISO text of the last millisecond seen: calls in the same millisecond share it
  private lastMs = Number.NaN;
  private lastIso = '';

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

  private iso(time: Date): string {
    const ms = time.getTime();
    if (ms !== this.lastMs) {
      this.lastMs = ms;
      this.lastIso = time.toISOString();
    }
    return this.lastIso;
  }

  /** `responseHash`: the body's SHA-512 when already known (a cached answer carries it). */
  record(
    call: Call,
    status: number,
    body: Buffer | string,
    responseHash: string | undefined,
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
      path: maskedText(call.path),
      userId: call.userId === undefined ? null : maskedText(call.userId),
      issue: call.issue === undefined ? null : maskedText(call.issue),
      status,
      faultCode: faultCode ?? null,
      requestHash: call.requestHash,
      responseHash: responseHash ?? hash('sha512', body, 'base64'),
      requestBody: this.logBodies && call.requestBody ? loggedBody(call.requestBody.toString('utf8')) : null,
      responseBody: this.logBodies ? loggedBody(body.toString()) : null,
      requestInAt: this.iso(call.requestInAt),
      responseOutAt: this.iso(responseOutAt),
      cacheHit: call.cacheHit,
      durationMs: Math.round((performance.now() - call.startedAt) * 1000) / 1000,
      requestSize: call.requestBody?.length ?? 0,
      responseSize: typeof body === 'string' ? Buffer.byteLength(body) : body.length,
      costVnd: call.costVnd,
    });
  }
}

/** Paths, officers and dossiers repeat call after call: each is masked once. */
const maskedText = boundedMemo(maskPersonalIdsInText);

/** A body as the log keeps it: personal ID numbers masked, and NUL (which PostgreSQL text cannot hold) replaced. */
function loggedBody(text: string): string {
  return maskPersonalIdsInText(text).replaceAll('\u0000', '\uFFFD');
}
