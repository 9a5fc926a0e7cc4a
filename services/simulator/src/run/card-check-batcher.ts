import { CallLists } from './call-lists';
import type { CallResult, ServiceClient } from './service-client';

export const CARD_CHECKS_PATH = '/v1/card-checks';
/** BHYT's limit on a list (CARD_CHECK_BATCH_MAX). */
const MAX_BATCH = 500;

export type CardCheckAnswer = { success?: boolean; resultCode?: string };

/**
 * The simulated facilities' card checks, sent to BHYT as lists (`POST /v1/card-checks/batch`): BHYT records each
 * as a lookup of its own, so the ledger and the report do not change.
 */
export class CardCheckBatcher {
  private readonly lists: CallLists<CardCheckAnswer>;

  constructor(client: ServiceClient) {
    this.lists = new CallLists(client, {
      path: `${CARD_CHECKS_PATH}/batch`,
      field: 'checks',
      max: MAX_BATCH,
    });
  }

  check(check: unknown, businessTime: Date): Promise<CallResult<CardCheckAnswer>> {
    return this.lists.call(check, businessTime);
  }
}
