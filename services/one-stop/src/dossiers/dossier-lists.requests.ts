import { z } from 'zod';
import { dossierActionRequest, submitDossierRequest } from './dossier.requests';

/** The most items a list may hold. */
export const DOSSIER_LIST_MAX = 500;

/**
 * Lists of dossier actions or submissions sent at once (a portal or office system forwarding what it gathered).
 * Only the envelope is checked here: each item is checked, answered — or refused — and recorded exactly as its
 * single call would be.
 */
const listOf = (noun: string) =>
  z
    .array(z.unknown())
    .min(1, `must hold at least one ${noun}`)
    .max(DOSSIER_LIST_MAX, `must hold at most ${DOSSIER_LIST_MAX} ${noun}s`);

export const dossierActionListRequest = z.object({ actions: listOf('action') }).strict();
export const dossierSubmissionListRequest = z.object({ dossiers: listOf('dossier') }).strict();

/** An item of an action list: POST /v1/dossiers/{code}/actions's body with the dossier's code. */
export const dossierActionListItem = dossierActionRequest.extend({ code: z.string().trim().min(1).max(60) });
export type DossierActionListItem = z.output<typeof dossierActionListItem>;

/**
 * An item of a submission list: POST /v1/dossiers's body; an online item carries the applicant's VNeID access
 * token (what the single call's Authorization header holds), a counter item is received by the list's officer.
 */
export const dossierSubmissionListItem = submitDossierRequest.extend({
  accessToken: z.string().min(1).max(4_096).optional(),
});
export type DossierSubmissionListItem = z.output<typeof dossierSubmissionListItem>;
