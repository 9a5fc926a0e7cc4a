import { EVENT_TYPES, type EidLoginFailedV1 } from '@d06/contracts';
import type { NewEvent } from '@d06/messaging';
import type { EidAccount } from './eid-account.entity';

// The e-ID events, keyed by the holder's ID number; province and commune so the report counts per unit.

function unit(account: EidAccount): { provinceCode: string; communeCode?: string } {
  return {
    provinceCode: account.provinceCode,
    ...(account.communeCode ? { communeCode: account.communeCode } : {}),
  };
}

export function accountRequested(account: EidAccount, now: Date): NewEvent {
  return {
    type: EVENT_TYPES.EID_ACCOUNT_REQUESTED,
    time: now,
    data: {
      idNumber: account.idNumber,
      level: account.level,
      channel: account.channel,
      ...unit(account),
      ...(account.dueAt ? { dueAt: account.dueAt.toISOString() } : {}),
      occurredAt: now.toISOString(),
    },
  };
}

export function accountApproved(account: EidAccount, now: Date): NewEvent {
  return {
    type: EVENT_TYPES.EID_ACCOUNT_APPROVED,
    time: now,
    data: {
      idNumber: account.idNumber,
      level: account.level,
      channel: account.channel,
      ...unit(account),
      requestedAt: account.requestedAt.toISOString(),
      occurredAt: now.toISOString(),
    },
  };
}

export function accountActivated(account: EidAccount, now: Date): NewEvent {
  return {
    type: EVENT_TYPES.EID_ACCOUNT_ACTIVATED,
    time: now,
    data: {
      idNumber: account.idNumber,
      level: account.level,
      channel: account.channel,
      ...unit(account),
      occurredAt: now.toISOString(),
    },
  };
}

export function accountUpgraded(account: EidAccount, now: Date): NewEvent {
  return {
    type: EVENT_TYPES.EID_ACCOUNT_UPGRADED,
    time: now,
    data: {
      idNumber: account.idNumber,
      level: 2,
      previousLevel: 1,
      ...unit(account),
      occurredAt: now.toISOString(),
    },
  };
}

export function accountLocked(
  account: EidAccount,
  reason: 'failed-logins' | 'holder-request' | 'police',
  now: Date,
  lockedUntil?: Date,
): NewEvent {
  return {
    type: EVENT_TYPES.EID_ACCOUNT_LOCKED,
    time: now,
    data: {
      idNumber: account.idNumber,
      level: account.level,
      reason,
      ...(lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : {}),
      provinceCode: account.provinceCode,
      occurredAt: now.toISOString(),
    },
  };
}

export function accountUnlocked(account: EidAccount, now: Date): NewEvent {
  return {
    type: EVENT_TYPES.EID_ACCOUNT_UNLOCKED,
    time: now,
    data: {
      idNumber: account.idNumber,
      level: account.level,
      provinceCode: account.provinceCode,
      occurredAt: now.toISOString(),
    },
  };
}

export function accountRevoked(
  account: EidAccount,
  reason: 'deceased' | 'duplicate' | 'police',
  previousStatus: 'requested' | 'approved' | 'active' | 'locked',
  now: Date,
): NewEvent {
  return {
    type: EVENT_TYPES.EID_ACCOUNT_REVOKED,
    time: now,
    data: {
      idNumber: account.idNumber,
      level: account.level,
      reason,
      previousStatus,
      provinceCode: account.provinceCode,
      occurredAt: now.toISOString(),
    },
  };
}

export function loginSucceeded(account: EidAccount, acr: string, clientId: string, now: Date): NewEvent {
  return {
    type: EVENT_TYPES.EID_LOGIN_SUCCEEDED,
    time: now,
    data: {
      idNumber: account.idNumber,
      level: account.level,
      acr,
      clientId,
      provinceCode: account.provinceCode,
      occurredAt: now.toISOString(),
    },
  };
}

export type LoginFailureReason = EidLoginFailedV1['reason'];

export function loginFailed(
  idNumber: string,
  account: EidAccount | null,
  reason: LoginFailureReason,
  clientId: string,
  now: Date,
): NewEvent {
  return {
    type: EVENT_TYPES.EID_LOGIN_FAILED,
    time: now,
    data: {
      idNumber,
      reason,
      ...(account ? { level: account.level, provinceCode: account.provinceCode } : {}),
      clientId,
      occurredAt: now.toISOString(),
    },
  };
}
