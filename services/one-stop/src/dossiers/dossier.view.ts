import { catalogueEntry } from '../catalogue/catalogue';
import type { DossierHistory } from './dossier-history.entity';
import type { Dossier } from './dossier.entity';
import { actionsFrom, isTerminal } from './dossier-status';

/** Late: completed after the deadline, or still open past it. Rejected and withdrawn dossiers are neither. */
export function isOverdue(dossier: Dossier, now: Date): boolean {
  if (dossier.completedAt) return dossier.onTime === false;
  return !isTerminal(dossier.status) && now.getTime() > dossier.dueAt.getTime();
}

/**
 * A dossier as the tracking API shows it (tra cứu hồ sơ by code): status, deadline, flags and history. The
 * applicant's ID number and the form's answers (personal data) are not shown.
 */
export function dossierView(dossier: Dossier, history: readonly DossierHistory[], now: Date) {
  return {
    code: dossier.code,
    serviceKey: dossier.serviceKey,
    serviceName: catalogueEntry(dossier.serviceKey)?.name,
    channel: dossier.channel,
    status: dossier.status,
    agencyCode: dossier.agencyCode,
    provinceCode: dossier.provinceCode,
    districtCode: dossier.districtCode ?? undefined,
    communeCode: dossier.communeCode ?? undefined,
    acr: dossier.acr ?? undefined,
    receivedAt: dossier.receivedAt.toISOString(),
    dueAt: dossier.dueAt.toISOString(),
    legalDays: dossier.legalDays,
    completedAt: dossier.completedAt?.toISOString(),
    onTime: dossier.onTime ?? undefined,
    overdue: isOverdue(dossier, now),
    digitised: dossier.digitised,
    feePaidOnline: dossier.feePaidOnline,
    verificationNeeded: dossier.verificationNeeded,
    formFields: dossier.formFields,
    prefilledFields: dossier.prefilledFields,
    prefillStatus: dossier.prefillStatus,
    linkedRunId: dossier.linkedRunId ?? undefined,
    attention: dossier.attention ?? undefined,
    allowedActions: actionsFrom(dossier.status),
    history: history.map((entry) => ({
      status: entry.status,
      action: entry.action,
      actor: entry.actor,
      reason: entry.reason ?? undefined,
      at: entry.at.toISOString(),
    })),
  };
}

/** A dossier's standing after an action of a list: GET /v1/dossiers/{code} shows the whole, with its history. */
export function dossierStanding(dossier: Dossier, now: Date) {
  return {
    code: dossier.code,
    serviceKey: dossier.serviceKey,
    status: dossier.status,
    dueAt: dossier.dueAt.toISOString(),
    completedAt: dossier.completedAt?.toISOString(),
    onTime: dossier.onTime ?? undefined,
    overdue: isOverdue(dossier, now),
    allowedActions: actionsFrom(dossier.status),
  };
}
