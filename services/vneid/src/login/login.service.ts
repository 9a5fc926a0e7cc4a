import { Inject, Injectable, Logger } from '@nestjs/common';
import { TransactionalOutbox, type NewEvent } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { VNEID_CONFIG } from '../config/vneid-config.token';
import type { VneidConfig } from '../config/vneid.config';
import * as events from '../accounts/account-events';
import { EidAccount, type EidLevel } from '../accounts/eid-account.entity';
import { verifyPassword } from '../accounts/password-hasher';
import { achievedAcr } from '../oidc/acr-levels';
import { VneidError, type VneidErrorCode } from '../vneid.errors';
import { OtpVerifier } from './otp-verifier';
import { RateLimiter } from './rate-limiter';

export interface LoginAttempt {
  idNumber: string;
  password: string;
  otp: string;
  clientId: string;
  /** Levels the relying party accepts (acr_values / claims); undefined when it did not say. */
  acceptedLevels: ReadonlySet<EidLevel> | undefined;
}

export type LoginOutcome =
  | { ok: true; accountId: string; acr: string; level: EidLevel }
  | { ok: false; acrNotMet: true; level: EidLevel; description: string };

const MINUTE_MS = 60_000;

const ERROR_OF: Record<events.LoginFailureReason, VneidErrorCode> = {
  'unknown-account': 'INVALID_CREDENTIALS',
  'wrong-password': 'INVALID_CREDENTIALS',
  'wrong-otp': 'INVALID_CREDENTIALS',
  'locked-out': 'LOCKED_OUT',
  'account-locked': 'ACCOUNT_LOCKED',
  'account-not-active': 'ACCOUNT_NOT_ACTIVE',
  'account-revoked': 'ACCOUNT_REVOKED',
  'acr-not-met': 'INVALID_CREDENTIALS',
};

/**
 * The one login path of the HTML page and of automated relying parties: rate limits, then ID number, password and
 * OTP, lockout after repeated failures (business clock), the assurance level the relying party asked for, and an
 * eid.login.* event committed with the account's counters. Credentials are never logged.
 */
@Injectable()
export class LoginService {
  private readonly logger = new Logger(LoginService.name);

  constructor(
    private readonly outbox: TransactionalOutbox,
    private readonly limiter: RateLimiter,
    private readonly otp: OtpVerifier,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(VNEID_CONFIG) private readonly config: VneidConfig,
  ) {}

  /** Rate limits, checked first, before the interaction or the account is looked at. */
  admit(ip: string, idNumber: string): Promise<void> {
    return this.limiter.admitLogin(ip, idNumber);
  }

  async login(attempt: LoginAttempt): Promise<LoginOutcome> {
    const result = await this.outbox.run(async ({ manager, publish }) => {
      const now = this.clock.now();
      const account = await manager.findOne(EidAccount, {
        where: { idNumber: attempt.idNumber },
        lock: { mode: 'pessimistic_write' },
      });
      const fail = async (reason: events.LoginFailureReason, extra: NewEvent[] = []) => {
        await publish([
          events.loginFailed(attempt.idNumber, account, reason, attempt.clientId, now),
          ...extra,
        ]);
        return { failed: reason } as const;
      };
      if (!account) return fail('unknown-account');
      if (account.status === 'revoked') return fail('account-revoked');
      if (account.status === 'locked') return fail('account-locked');
      if (account.status !== 'active') return fail('account-not-active');
      if (account.lockedUntil && account.lockedUntil > now) return fail('locked-out');

      const passwordOk = await verifyPassword(attempt.password, account.passwordHash);
      const otpOk = passwordOk && (await this.otp.verify(account.phone, attempt.otp));
      if (!passwordOk || !otpOk) {
        account.failedLogins += 1;
        const extra: NewEvent[] = [];
        if (account.failedLogins >= this.config.VNEID_LOCKOUT_THRESHOLD) {
          account.lockedUntil = new Date(now.getTime() + this.config.VNEID_LOCKOUT_MINUTES * MINUTE_MS);
          account.failedLogins = 0;
          extra.push(events.accountLocked(account, 'failed-logins', now, account.lockedUntil));
        }
        await manager.save(EidAccount, account);
        return fail(passwordOk ? 'wrong-otp' : 'wrong-password', extra);
      }

      account.failedLogins = 0;
      account.lockedUntil = null;
      await manager.save(EidAccount, account);
      const level = Number(account.level) as EidLevel;
      const achieved = achievedAcr(level, attempt.acceptedLevels);
      if (!achieved.ok) {
        await fail('acr-not-met');
        return { acrNotMet: true, level } as const;
      }
      await publish([events.loginSucceeded(account, achieved.acr, attempt.clientId, now)]);
      return { accountId: account.subject, acr: achieved.acr, level } as const;
    });

    if ('failed' in result) {
      this.logger.log({ reason: result.failed, clientId: attempt.clientId }, 'login refused');
      throw new VneidError(ERROR_OF[result.failed]);
    }
    if ('acrNotMet' in result) {
      return {
        ok: false,
        acrNotMet: true,
        level: result.level,
        description: `the e-ID account is at level ${result.level}; the relying party asked for a higher level (level 2 is registered in person, with fingerprint)`,
      };
    }
    return { ok: true, ...result };
  }
}
