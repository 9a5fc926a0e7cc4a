import type { Ledger } from '../../ledger/ledger';
import { CARD_CHECKS_PATH, type CardCheckAnswer, type CardCheckBatcher } from '../card-check-batcher';
import type { ServiceClient } from '../service-client';
import { nth, type SubjectPools } from '../subject-pools';
import { DONE, type StepOutcome } from './step-outcome';

/**
 * A facility's card check by ID card: every check is a counted lookup, a refused one (4xx) a failed one. Sent in
 * a list with the wave's other checks when the context has a batcher, alone otherwise.
 */
export async function lookupCard(
  client: ServiceClient,
  context: {
    readonly pools: SubjectPools;
    readonly ledger: Ledger;
    readonly facilities: readonly string[];
    readonly batcher?: CardCheckBatcher;
  },
  lookup: { readonly success: boolean; readonly subject: number; readonly facility: number },
  now: Date,
): Promise<StepOutcome> {
  const person = lookup.success
    ? nth(context.pools.validCards, lookup.subject, 'valid card')
    : nth(context.pools.noCard, lookup.subject, 'uninsured person');
  const check = {
    facilityCode: nth(context.facilities, lookup.facility, 'facility using the ID card'),
    idNumber: person.idNumber,
    fullName: person.fullName,
    birthDate: person.birthDate,
  };
  const result = context.batcher
    ? await context.batcher.check(check, now)
    : await client.call<CardCheckAnswer>('POST', CARD_CHECKS_PATH, { body: check, businessTime: now });
  const succeeded = result.status === 200 && result.body?.success === true;
  context.ledger.lookup(succeeded);
  if (succeeded !== lookup.success)
    return { status: 'failed', detail: `result code ${result.body?.resultCode ?? result.status}` };
  return DONE;
}
