import type { Ledger } from '../../ledger/ledger';
import type { ServiceClient } from '../service-client';
import { nth, type SubjectPools } from '../subject-pools';
import { DONE, type StepOutcome } from './step-outcome';

/** A facility's card check by ID card: every call is a counted lookup, a refused one (4xx) a failed one. */
export async function lookupCard(
  client: ServiceClient,
  context: { readonly pools: SubjectPools; readonly ledger: Ledger; readonly facilities: readonly string[] },
  lookup: { readonly success: boolean; readonly subject: number; readonly facility: number },
  now: Date,
): Promise<StepOutcome> {
  const person = lookup.success
    ? nth(context.pools.validCards, lookup.subject, 'valid card')
    : nth(context.pools.noCard, lookup.subject, 'uninsured person');
  const result = await client.call<{ success?: boolean; resultCode?: string }>('POST', '/v1/card-checks', {
    body: {
      facilityCode: nth(context.facilities, lookup.facility, 'facility using the ID card'),
      idNumber: person.idNumber,
      fullName: person.fullName,
      birthDate: person.birthDate,
    },
    businessTime: now,
  });
  const succeeded = result.status === 200 && result.body?.success === true;
  context.ledger.lookup(succeeded);
  if (succeeded !== lookup.success)
    return { status: 'failed', detail: `result code ${result.body?.resultCode ?? result.status}` };
  return DONE;
}
