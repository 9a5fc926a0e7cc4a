import { Inject, Injectable, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import { GATEWAY_REDIS } from '../support/gateway-redis.provider';

interface Tally {
  calls: number;
  vnd: number;
}

export interface CostFigures {
  readonly tier: string;
  readonly totalVnd: number;
  readonly chargedCalls: number;
  readonly byClient: Array<{ client: string; calls: number; vnd: number }>;
  readonly byService: Array<{ service: string; calls: number; vnd: number }>;
  readonly byClientAndService: Array<{ client: string; service: string; calls: number; vnd: number }>;
}

const FLUSH_MS = 500;

/**
 * Per-call cost accounting (the registry's costVnd, e.g. 550 đồng per lookup, for each successful call — cached
 * answers included: the client got its verification). Counted in memory on the hot path and added to a Redis hash
 * every half second (HINCRBY), so replicas share one figure; in memory when there is no Redis.
 */
@Injectable()
export class CostLedger implements OnModuleInit, BeforeApplicationShutdown {
  private pending = new Map<string, Tally>();
  private readonly totals = new Map<string, Tally>();
  private timer: NodeJS.Timeout | undefined;
  private readonly key: string;

  constructor(
    @Inject(GATEWAY_REDIS) private readonly redis: Redis | undefined,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {
    this.key = `d06:${config.KAFKA_TOPIC_PREFIX}${config.DB_SCHEMA}:${config.GATEWAY_TIER}:costs`;
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush().catch(() => undefined), FLUSH_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush().catch(() => undefined);
  }

  charge(client: string, service: string, vnd: number): void {
    if (vnd <= 0) return;
    const key = `${client} ${service}`;
    const tally = this.pending.get(key);
    if (tally) {
      tally.calls += 1;
      tally.vnd += vnd;
    } else this.pending.set(key, { calls: 1, vnd });
  }

  async figures(): Promise<CostFigures> {
    await this.flush();
    const rows = this.redis ? await this.fromRedis() : this.totals;
    const byClientAndService = [...rows].map(([key, t]) => {
      const [client, service] = key.split(' ');
      return { client, service, calls: t.calls, vnd: t.vnd };
    });
    byClientAndService.sort((a, b) => `${a.client} ${a.service}`.localeCompare(`${b.client} ${b.service}`));
    const sum = (by: 'client' | 'service') => {
      const out = new Map<string, Tally>();
      for (const row of byClientAndService) {
        const t = out.get(row[by]) ?? { calls: 0, vnd: 0 };
        t.calls += row.calls;
        t.vnd += row.vnd;
        out.set(row[by], t);
      }
      return [...out].map(([name, t]) => ({ [by]: name, calls: t.calls, vnd: t.vnd }));
    };
    return {
      tier: this.config.GATEWAY_TIER,
      totalVnd: byClientAndService.reduce((total, row) => total + row.vnd, 0),
      chargedCalls: byClientAndService.reduce((total, row) => total + row.calls, 0),
      byClient: sum('client') as CostFigures['byClient'],
      byService: sum('service') as CostFigures['byService'],
      byClientAndService,
    };
  }

  private async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const pending = this.pending;
    this.pending = new Map();
    if (!this.redis) {
      for (const [key, t] of pending) {
        const total = this.totals.get(key) ?? { calls: 0, vnd: 0 };
        total.calls += t.calls;
        total.vnd += t.vnd;
        this.totals.set(key, total);
      }
      return;
    }
    const pipeline = this.redis.pipeline();
    for (const [key, t] of pending)
      pipeline.hincrby(this.key, `${key}|calls`, t.calls).hincrby(this.key, `${key}|vnd`, t.vnd);
    await pipeline.exec();
  }

  private async fromRedis(): Promise<Map<string, Tally>> {
    const hash = await this.redis!.hgetall(this.key);
    const out = new Map<string, Tally>();
    for (const [field, value] of Object.entries(hash)) {
      const bar = field.lastIndexOf('|');
      const key = field.slice(0, bar);
      const t = out.get(key) ?? { calls: 0, vnd: 0 };
      if (field.slice(bar + 1) === 'calls') t.calls = Number(value);
      else t.vnd = Number(value);
      out.set(key, t);
    }
    return out;
  }
}
