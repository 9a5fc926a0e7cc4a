import { EVENT_TYPES } from '@d06/contracts';
import type { NewEvent } from '@d06/messaging';
import type { Dossier } from './dossier.entity';
import type { DossierStatus } from './dossier-status';

/** The unit and channel every dossier.* event carries. */
export function dossierHeader(dossier: Dossier) {
  return {
    dossierCode: dossier.code,
    serviceKey: dossier.serviceKey,
    provinceCode: dossier.provinceCode,
    ...(dossier.districtCode ? { districtCode: dossier.districtCode } : {}),
    ...(dossier.communeCode ? { communeCode: dossier.communeCode } : {}),
    channel: dossier.channel,
  };
}

export function receivedEvent(dossier: Dossier): NewEvent {
  return {
    type: EVENT_TYPES.DOSSIER_RECEIVED,
    time: dossier.receivedAt,
    data: {
      ...dossierHeader(dossier),
      receivedAt: dossier.receivedAt.toISOString(),
      dueAt: dossier.dueAt.toISOString(),
      legalDays: dossier.legalDays,
      ...(dossier.acr ? { acr: dossier.acr } : {}),
      formFields: dossier.formFields,
      prefilledFields: dossier.prefilledFields,
      digitised: dossier.digitised,
      feePaidOnline: dossier.feePaidOnline,
      ...(dossier.linkedRunId ? { linkedRunId: dossier.linkedRunId } : {}),
      occurredAt: dossier.receivedAt.toISOString(),
    },
  };
}

/** The event of a move to `status` (not `received`, which has its own). */
export function statusEvent(dossier: Dossier, status: DossierStatus, at: Date, reason?: string): NewEvent {
  const base = { ...dossierHeader(dossier), occurredAt: at.toISOString() };
  const why = reason ? { reason: reason.slice(0, 500) } : {};
  switch (status) {
    case 'processing':
      return { type: EVENT_TYPES.DOSSIER_PROCESSING, time: at, data: base };
    case 'supplement-requested':
      return { type: EVENT_TYPES.DOSSIER_SUPPLEMENT_REQUESTED, time: at, data: { ...base, ...why } };
    case 'completed':
      return {
        type: EVENT_TYPES.DOSSIER_COMPLETED,
        time: at,
        data: {
          ...base,
          receivedAt: dossier.receivedAt.toISOString(),
          dueAt: dossier.dueAt.toISOString(),
          onTime: dossier.onTime === true,
        },
      };
    case 'rejected':
      return { type: EVENT_TYPES.DOSSIER_REJECTED, time: at, data: { ...base, ...why } };
    case 'withdrawn':
      return { type: EVENT_TYPES.DOSSIER_WITHDRAWN, time: at, data: { ...base, ...why } };
    case 'received':
      return receivedEvent(dossier);
  }
}
