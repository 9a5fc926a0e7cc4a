import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { qualifiedTable, TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { VNEID_CONFIG } from '../config/vneid-config.token';
import type { VneidConfig } from '../config/vneid.config';
import { EidAccount } from '../accounts/eid-account.entity';
import { ActivationTarget } from './activation-target.entity';

export interface TargetProgress {
  provinceCode: string;
  target: number | null;
  activated: number;
  activatedLevel2: number;
}

/**
 * Activation targets per province. Every change publishes eid.activation-target.set, so the metrics service
 * compares activations against targets from events alone; targets from VNEID_ACTIVATION_TARGETS are seeded once
 * (a province that already has one keeps it).
 */
@Injectable()
export class ActivationTargetService implements OnApplicationBootstrap {
  constructor(
    private readonly outbox: TransactionalOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(VNEID_CONFIG) private readonly config: VneidConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const [provinceCode, target] of Object.entries(this.config.VNEID_ACTIVATION_TARGETS)) {
      await this.write(provinceCode, target, false);
    }
  }

  async set(provinceCode: string, target: number): Promise<{ provinceCode: string; target: number }> {
    await this.write(provinceCode, target, true);
    return { provinceCode, target };
  }

  /** Targets with the accounts activated so far (not revoked), per province. */
  async progress(): Promise<TargetProgress[]> {
    return this.outbox.run(async ({ manager: tx }) => {
      const accounts = qualifiedTable(tx, EidAccount);
      const targets = qualifiedTable(tx, ActivationTarget);
      const rows = await tx.query<
        { province_code: string; target: number | null; activated: string; level2: string }[]
      >(
        `SELECT p.province_code, t.target, ` +
          `(SELECT count(*) FROM ${accounts} a WHERE a.province_code = p.province_code AND a.activated_at IS NOT NULL AND a.status <> 'revoked') AS activated, ` +
          `(SELECT count(*) FROM ${accounts} a WHERE a.province_code = p.province_code AND a.activated_at IS NOT NULL AND a.status <> 'revoked' AND a.level = 2) AS level2 ` +
          `FROM (SELECT province_code FROM ${targets} UNION SELECT DISTINCT province_code FROM ${accounts}) p ` +
          `LEFT JOIN ${targets} t ON t.province_code = p.province_code ORDER BY p.province_code`,
      );
      return rows.map((r) => ({
        provinceCode: r.province_code,
        target: r.target === null ? null : Number(r.target),
        activated: Number(r.activated),
        activatedLevel2: Number(r.level2),
      }));
    });
  }

  private async write(provinceCode: string, target: number, replace: boolean): Promise<void> {
    await this.outbox.run(async ({ manager, publish }) => {
      const now = this.clock.now();
      const table = qualifiedTable(manager, ActivationTarget);
      const changed = await manager.query<unknown[]>(
        `INSERT INTO ${table} (province_code, target, updated_at) VALUES ($1, $2, $3) ` +
          (replace
            ? `ON CONFLICT (province_code) DO UPDATE SET target = EXCLUDED.target, updated_at = EXCLUDED.updated_at `
            : 'ON CONFLICT (province_code) DO NOTHING ') +
          'RETURNING province_code',
        [provinceCode, target, now],
      );
      if (changed.length === 0) return;
      await publish([
        {
          type: EVENT_TYPES.EID_ACTIVATION_TARGET_SET,
          time: now,
          data: { provinceCode, target, occurredAt: now.toISOString() },
        },
      ]);
    });
  }
}
