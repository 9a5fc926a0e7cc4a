import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionalOutbox, type NewEvent } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import type { EntityManager } from 'typeorm';
import { VNEID_CONFIG } from '../config/vneid-config.token';
import type { VneidConfig } from '../config/vneid.config';
import { OtpVerifier } from '../login/otp-verifier';
import { PopulationClient, type ClaimedIdentity } from '../population/population-client';
import { VneidError } from '../vneid.errors';
import * as events from './account-events';
import type { ActivationRequest, Level1Request, Level2Registration, LockRequest } from './account.requests';
import { toAccountView, type AccountView } from './account-view';
import { EidAccount } from './eid-account.entity';
import { hashPassword } from './password-hasher';

const HOUR_MS = 3_600_000;

/**
 * The e-ID account lifecycle: level-1 request (verified against the population database) → approval after the
 * configured delay (ApprovalScheduler) → activation; level-2 registration or upgrade in person; lock, unlock,
 * revocation. Every change commits with its event (outbox).
 */
@Injectable()
export class AccountLifecycleService {
  constructor(
    private readonly outbox: TransactionalOutbox,
    private readonly population: PopulationClient,
    private readonly otp: OtpVerifier,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(VNEID_CONFIG) private readonly config: VneidConfig,
  ) {}

  async requestLevel1(request: Level1Request): Promise<AccountView> {
    await this.verifyIdentity(request);
    const passwordHash = await hashPassword(request.password);
    return this.outbox.run(async ({ manager, publish }) => {
      const now = this.clock.now();
      await this.refuseExisting(manager, request.idNumber);
      const account = manager.create(EidAccount, {
        ...this.identityOf(request),
        subject: randomUUID(),
        level: 1,
        status: 'requested',
        channel: 'app',
        passwordHash,
        requestedAt: now,
        dueAt: new Date(now.getTime() + this.config.VNEID_L1_APPROVAL_DELAY_HOURS * HOUR_MS),
      });
      await insertNew(manager, account);
      await publish([events.accountRequested(account, now)]);
      return toAccountView(account);
    });
  }

  /** In person at the police: a new account at level 2 (approved at once), or an upgrade of a level-1 one. */
  async registerLevel2(request: Level2Registration): Promise<AccountView> {
    if (!request.fingerprintVerified) {
      throw new VneidError('FINGERPRINT_REQUIRED', { detail: 'fingerprintVerified must be true' });
    }
    await this.verifyIdentity(request);
    const passwordHash = request.password ? await hashPassword(request.password) : undefined;
    return this.outbox.run(async ({ manager, publish }) => {
      const now = this.clock.now();
      const existing = await lock(manager, request.idNumber);
      if (existing && existing.status !== 'revoked') {
        if (existing.level === 2)
          throw new VneidError('ACCOUNT_EXISTS', { detail: 'the account is already at level 2' });
        if (existing.status !== 'active') {
          throw new VneidError('ACCOUNT_STATE_CONFLICT', {
            detail: `only an active account can be upgraded (${existing.status})`,
          });
        }
        Object.assign(existing, { level: 2, fingerprintVerified: true, upgradedAt: now });
        await manager.save(EidAccount, existing);
        await publish([events.accountUpgraded(existing, now)]);
        return toAccountView(existing);
      }
      if (existing) throw new VneidError('ACCOUNT_EXISTS', { detail: 'the account was revoked' });
      if (!passwordHash)
        throw new VneidError('ACCOUNT_STATE_CONFLICT', { detail: 'a new account needs a password' });
      const account = manager.create(EidAccount, {
        ...this.identityOf(request),
        subject: randomUUID(),
        level: 2,
        status: 'approved',
        channel: 'counter',
        passwordHash,
        fingerprintVerified: true,
        requestedAt: now,
        dueAt: null,
        approvedAt: now,
      });
      await insertNew(manager, account);
      await publish([events.accountRequested(account, now), events.accountApproved(account, now)]);
      return toAccountView(account);
    });
  }

  async activate(idNumber: string, request: ActivationRequest): Promise<AccountView> {
    return this.change(idNumber, async (account, now) => {
      if (account.status !== 'approved') {
        throw new VneidError('ACCOUNT_STATE_CONFLICT', {
          detail: `the account is ${account.status}, not approved`,
        });
      }
      if (request.phone !== account.phone || !(await this.otp.verify(account.phone, request.otp))) {
        throw new VneidError('WRONG_OTP');
      }
      Object.assign(account, { status: 'active', activatedAt: now });
      return [events.accountActivated(account, now)];
    });
  }

  async lock(idNumber: string, request: LockRequest): Promise<AccountView> {
    return this.change(idNumber, (account, now) => {
      if (account.status !== 'active') {
        throw new VneidError('ACCOUNT_STATE_CONFLICT', {
          detail: `the account is ${account.status}, not active`,
        });
      }
      account.status = 'locked';
      return [events.accountLocked(account, request.reason, now)];
    });
  }

  async unlock(idNumber: string): Promise<AccountView> {
    return this.change(idNumber, (account, now) => {
      const lockedOut = account.lockedUntil !== null && account.lockedUntil > now;
      if (account.status !== 'locked' && !lockedOut) {
        throw new VneidError('ACCOUNT_STATE_CONFLICT', {
          detail: `the account is ${account.status} and not locked`,
        });
      }
      Object.assign(account, { status: 'active', lockedUntil: null, failedLogins: 0 });
      return [events.accountUnlocked(account, now)];
    });
  }

  /** Revokes for good; true when it changed something (a second revocation is a no-op, for idempotent consumers). */
  async revoke(
    idNumber: string,
    reason: 'deceased' | 'duplicate' | 'police',
    manager?: EntityManager,
  ): Promise<boolean> {
    const work = async (
      tx: EntityManager,
      publish: (list: readonly NewEvent[]) => Promise<unknown>,
    ): Promise<boolean> => {
      const account = await lock(tx, idNumber);
      if (!account || account.status === 'revoked') return false;
      const now = this.clock.now();
      const previous = account.status;
      Object.assign(account, { status: 'revoked', revokedAt: now, revokeReason: reason });
      await tx.save(EidAccount, account);
      await publish([events.accountRevoked(account, reason, previous, now)]);
      return true;
    };
    if (manager) return work(manager, (list) => this.outbox.add(manager, list));
    return this.outbox.run(({ manager: tx, publish }) => work(tx, publish));
  }

  private async change(
    idNumber: string,
    apply: (account: EidAccount, now: Date) => NewEvent[] | Promise<NewEvent[]>,
  ): Promise<AccountView> {
    return this.outbox.run(async ({ manager, publish }) => {
      const account = await lock(manager, idNumber);
      if (!account) throw new VneidError('ACCOUNT_NOT_FOUND');
      const now = this.clock.now();
      const emitted = await apply(account, now);
      await manager.save(EidAccount, account);
      await publish(emitted);
      return toAccountView(account);
    });
  }

  private async verifyIdentity(identity: ClaimedIdentity): Promise<void> {
    const answer = await this.population.verify(identity);
    if (answer.result !== 'match') {
      throw new VneidError('REGISTRY_MISMATCH', {
        detail: `differs from the population database: ${answer.reasons.map((r) => r.field).join(', ')}`,
        errors: answer.reasons.map((r) => ({ field: r.field, message: r.reason })),
      });
    }
  }

  private async refuseExisting(manager: EntityManager, idNumber: string): Promise<void> {
    const existing = await lock(manager, idNumber);
    if (existing) throw new VneidError('ACCOUNT_EXISTS', { detail: `the account is ${existing.status}` });
  }

  private identityOf(request: ClaimedIdentity & { phone: string }): Partial<EidAccount> {
    return {
      idNumber: request.idNumber,
      fullName: request.fullName,
      birthDate: request.birthDate,
      sex: request.sex,
      phone: request.phone,
      provinceCode: request.provinceCode,
      communeCode: request.communeCode ?? null,
    };
  }
}

async function lock(manager: EntityManager, idNumber: string): Promise<EidAccount | null> {
  return manager.findOne(EidAccount, { where: { idNumber }, lock: { mode: 'pessimistic_write' } });
}

/** A concurrent request for the same ID number loses on the primary key: a 409, not a 500. */
async function insertNew(manager: EntityManager, account: EidAccount): Promise<void> {
  try {
    await manager.insert(EidAccount, account);
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new VneidError('ACCOUNT_EXISTS', {
        detail: 'a request for this ID number was made at the same time',
      });
    }
    throw error;
  }
}
