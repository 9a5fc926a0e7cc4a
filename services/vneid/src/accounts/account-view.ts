import type { EidAccount, EidChannel, EidLevel, EidStatus } from './eid-account.entity';

/** What the API shows of an account: never the password hash, the phone or the OIDC subject. */
export interface AccountView {
  idNumber: string;
  level: EidLevel;
  status: EidStatus;
  channel: EidChannel;
  provinceCode: string;
  communeCode: string | null;
  requestedAt: string;
  dueAt: string | null;
  approvedAt: string | null;
  activatedAt: string | null;
  lockedUntil: string | null;
  revokedAt: string | null;
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toAccountView(account: EidAccount): AccountView {
  return {
    idNumber: account.idNumber,
    level: Number(account.level) as EidLevel,
    status: account.status,
    channel: account.channel,
    provinceCode: account.provinceCode,
    communeCode: account.communeCode,
    requestedAt: account.requestedAt.toISOString(),
    dueAt: iso(account.dueAt),
    approvedAt: iso(account.approvedAt),
    activatedAt: iso(account.activatedAt),
    lockedUntil: iso(account.lockedUntil),
    revokedAt: iso(account.revokedAt),
  };
}
