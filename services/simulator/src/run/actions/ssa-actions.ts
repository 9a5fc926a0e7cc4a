import type { GeneratedPerson } from '@d06/synthetic';
import type { Ledger } from '../../ledger/ledger';
import { callerHeaders, type ServiceClient } from '../service-client';
import { nth, type SubjectPools } from '../subject-pools';
import { DONE, failed, ok, pause, type StepOutcome } from './step-outcome';

type BenefitGroup = 'socialAssistance' | 'meritorious';

/** Social security: accounts linked at the counter, payment cycles disbursed, claimants who can be paid. */
export class SsaActions {
  constructor(
    private readonly pools: SubjectPools,
    private readonly ledger: Ledger,
    private readonly provinceCode: string,
  ) {}

  async linkAccount(
    client: ServiceClient,
    group: BenefitGroup,
    index: number,
    now: Date,
  ): Promise<StepOutcome> {
    const person = nth(this.pools.unbanked[group], index, `${group} beneficiary without an account`);
    const result = await client.call('PUT', `/v1/accounts/${person.idNumber}`, {
      body: {
        channel: 'counter',
        paymentChannel: 'bank-account',
        provider: 'VBA',
        accountNumber: `9704${person.idNumber.slice(-8)}`.padEnd(12, '0'),
        accountName: person.fullName,
      },
      headers: callerHeaders('social'),
      businessTime: now,
    });
    if (result.status !== 201) return failed(result);
    this.ledger.accountLinked(group);
    return DONE;
  }

  async disburse(client: ServiceClient, cycle: string, now: Date): Promise<StepOutcome> {
    const headers = callerHeaders('social');
    const batch = await client.call<{ batchId?: string }>('POST', '/v1/payment-batches', {
      body: { cycle, provinceCode: this.provinceCode },
      headers,
      businessTime: now,
    });
    const id = batch.body?.batchId;
    if (!ok(batch) || !id) return failed(batch);
    const started = await client.call('POST', `/v1/payment-batches/${id}/disbursement`, {
      headers,
      businessTime: now,
    });
    if (!ok(started)) return failed(started);
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const view = await client.call<{ status?: string }>('GET', `/v1/payment-batches/${id}`, { headers });
      if (view.body?.status === 'completed') return this.countPaid(client, id);
      await pause(100);
    }
    return { status: 'failed', detail: 'the batch did not complete' };
  }

  /** A claimant whose account resolves active, so the funeral allowance can be paid (the step's precondition). */
  async claimantWithAccount(
    client: ServiceClient | undefined,
    index: number,
  ): Promise<GeneratedPerson | undefined> {
    if (!client || this.pools.banked.length === 0) return undefined;
    for (let k = 0; k < 30; k += 1) {
      const candidate = nth(this.pools.banked, index * 7 + k, 'beneficiary with an account');
      const result = await client.call<{ status?: string }>(
        'GET',
        `/v1/accounts/${candidate.idNumber}/resolve`,
        {
          headers: callerHeaders('one-stop'),
        },
      );
      if (result.body?.status === 'active') return candidate;
    }
    return undefined;
  }

  /** The succeeded payments by group: the report's "paid non-cash". */
  private async countPaid(client: ServiceClient, batchId: string): Promise<StepOutcome> {
    let after = '';
    let paid = 0;
    for (;;) {
      const page = await client.call<{ reference: string; group: string }[]>(
        'GET',
        `/v1/payment-batches/${batchId}/payments?status=succeeded&limit=1000${after ? `&after=${after}` : ''}`,
        { headers: callerHeaders('social') },
      );
      const items = Array.isArray(page.body) ? page.body : [];
      for (const item of items)
        this.ledger.paidCashless(item.group === 'meritorious' ? 'meritorious' : 'socialAssistance');
      paid += items.length;
      if (items.length < 1000) break;
      after = items[items.length - 1].reference;
    }
    return { status: 'ok', detail: `${paid} paid` };
  }
}
