import type { Ledger } from '../ledger/ledger';
import type { PlannedAction } from '../plan/plan.types';
import type { ServiceName } from '../scenario/scenario.types';
import { callerHeaders, type CallResult, type ServiceClient } from './service-client';
import { nth, type SubjectPools } from './subject-pools';
import { onestopPortalClient, SIMULATED_PASSWORD, vneidAccessToken, type PortalClient } from './vneid-login';
import type { GeneratedPerson } from '@d06/synthetic';

export interface ActionOutcome {
  readonly id: string;
  readonly kind: PlannedAction['kind'];
  readonly at: string;
  readonly status: 'ok' | 'failed' | 'skipped';
  readonly detail?: string;
}

export interface LinkedRunRef {
  readonly id: string;
  readonly procedure: 'birth' | 'death';
  readonly runId: string;
  readonly expectFailure: boolean;
  /** A death: the benefit group of the deceased (the deaths' subjects are all beneficiaries), whose benefit ends. */
  readonly endsBenefit?: 'socialAssistance' | 'meritorious';
}

/** A reception officer of the one-stop office (the dossier is the purpose). */
const OFFICER = { ...callerHeaders('one-stop', 'sim-officer-01'), 'x-caller-type': 'officer' };

/** Carries out one planned action against the services and writes its actual outcome into the ledger. */
export class ActionExecutor {
  private readonly dossiers = new Map<string, { code: string; serviceKey: string; dueAt: string }>();
  private readonly tokens = new Map<string, string>();
  private readonly eidSubjects = new Map<string, GeneratedPerson>();
  readonly linkedRuns: LinkedRunRef[] = [];

  constructor(
    private readonly clients: Readonly<Partial<Record<ServiceName, ServiceClient>>>,
    private readonly pools: SubjectPools,
    private readonly ledger: Ledger,
    private readonly provinceCode: string,
    private readonly vneidIssuer: string | undefined,
    private readonly facilities: readonly string[],
    oneStopUrl = 'http://127.0.0.1:3003',
  ) {
    this.portal = onestopPortalClient(oneStopUrl);
  }

  private readonly portal: PortalClient;

  async execute(action: PlannedAction, now: Date): Promise<Omit<ActionOutcome, 'id' | 'kind' | 'at'>> {
    const client = this.clients[serviceOf(action)];
    if (!client) return { status: 'skipped', detail: `${serviceOf(action)} is not running` };
    switch (action.kind) {
      case 'eid.apply':
        return this.eidApply(client, action.id, action.level, action.subject, now);
      case 'eid.activate':
        return this.eidActivate(client, action.application, now);
      case 'bhyt.lookup':
        return this.lookup(client, action.success, action.subject, action.facility, now);
      case 'ssa.account':
        return this.linkAccount(client, action.group, action.subject, now);
      case 'ssa.disburse':
        return this.disburse(client, action.cycle, now);
      case 'dossier.submit':
        return this.submitDossier(client, action, now);
      case 'dossier.process':
      case 'dossier.complete':
        return this.dossierAction(
          client,
          action.dossier,
          action.kind === 'dossier.process' ? 'process' : 'complete',
          now,
        );
      case 'linked.submit':
        return this.submitLinked(client, action, now);
      default:
        return { status: 'skipped', detail: `${action.kind} is not carried out by this runner yet` };
    }
  }

  /** The benefit group of a death's subject (every one of them is a beneficiary): the benefit the death ends. */
  benefitEndedByDeath(subject: number): 'socialAssistance' | 'meritorious' | undefined {
    const group = nth(this.pools.deceased, subject, 'elderly beneficiary').person.socialSecurity?.group;
    if (group === undefined) return undefined;
    return group === 'meritorious' ? 'meritorious' : 'socialAssistance';
  }

  private async eidApply(client: ServiceClient, id: string, level: 1 | 2, index: number, now: Date) {
    const person = nth(this.pools.eid, index, 'VNeID applicant');
    this.eidSubjects.set(id, person);
    const identity = {
      idNumber: person.idNumber,
      fullName: person.fullName,
      birthDate: person.birthDate,
      sex: person.sex,
      phone: person.eid.phoneNumber!,
      provinceCode: this.provinceCode,
      password: SIMULATED_PASSWORD,
    };
    const result =
      level === 1
        ? await client.call('POST', '/v1/accounts/level1-requests', {
            body: identity,
            headers: callerHeaders('app'),
            businessTime: now,
          })
        : await client.call('POST', '/v1/accounts/level2-registrations', {
            body: { ...identity, fingerprintVerified: true },
            headers: callerHeaders('police'),
            businessTime: now,
          });
    if (!ok(result)) return failed(result);
    this.ledger.eidApplied();
    return { status: 'ok' as const };
  }

  private async eidActivate(client: ServiceClient, application: string, now: Date) {
    const person = this.eidSubjects.get(application);
    if (!person) return { status: 'skipped' as const, detail: 'its application was not made' };
    const path = `/v1/accounts/${person.idNumber}/activation`;
    // a level-1 approval is made by the service's scheduler; give it a moment after the clock's jump
    for (let attempt = 0; ; attempt += 1) {
      const result = await client.call('POST', path, {
        body: { phone: person.eid.phoneNumber, otp: '111111' },
        headers: callerHeaders('app'),
        businessTime: now,
      });
      if (ok(result)) {
        this.ledger.eidActivated();
        return { status: 'ok' as const };
      }
      if (result.status !== 409 || attempt >= 40) return failed(result);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async lookup(client: ServiceClient, success: boolean, index: number, facility: number, now: Date) {
    const person = success
      ? nth(this.pools.validCards, index, 'valid card')
      : nth(this.pools.noCard, index, 'uninsured person');
    const result = await client.call<{ success?: boolean; resultCode?: string }>('POST', '/v1/card-checks', {
      body: {
        facilityCode: nth(this.facilities, facility, 'facility using the ID card'),
        idNumber: person.idNumber,
        fullName: person.fullName,
        birthDate: person.birthDate,
      },
      businessTime: now,
    });
    // every call is a counted lookup, a refused one (4xx) a failed one
    const succeeded = result.status === 200 && result.body?.success === true;
    this.ledger.lookup(succeeded);
    if (succeeded !== success)
      return { status: 'failed' as const, detail: `result code ${result.body?.resultCode ?? result.status}` };
    return { status: 'ok' as const };
  }

  private async linkAccount(
    client: ServiceClient,
    group: 'socialAssistance' | 'meritorious',
    index: number,
    now: Date,
  ) {
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
    if (result.status === 201) this.ledger.accountLinked(group);
    return result.status === 201 ? { status: 'ok' as const } : failed(result);
  }

  private async disburse(client: ServiceClient, cycle: string, now: Date) {
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
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { status: 'failed' as const, detail: 'the batch did not complete' };
  }

  /** The succeeded payments by group: the report's "paid non-cash". */
  private async countPaid(client: ServiceClient, batchId: string) {
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
    return { status: 'ok' as const, detail: `${paid} paid` };
  }

  private async submitDossier(
    client: ServiceClient,
    action: Extract<PlannedAction, { kind: 'dossier.submit' }>,
    now: Date,
  ) {
    const online = action.channel === 'online';
    const applicant = online
      ? nth(this.pools.eid, action.applicant, 'online applicant')
      : nth(this.pools.everyone, action.applicant, 'citizen');
    const headers = online ? await this.bearer(applicant.idNumber) : OFFICER;
    const result = await client.call<{ code?: string; dueAt?: string }>('POST', '/v1/dossiers', {
      body: {
        serviceKey: action.serviceKey,
        channel: action.channel,
        applicantIdNumber: applicant.idNumber,
        provinceCode: this.provinceCode,
      },
      headers,
      businessTime: now,
    });
    if (result.status !== 201 || !result.body?.code) return failed(result);
    this.dossiers.set(action.id, {
      code: result.body.code,
      serviceKey: action.serviceKey,
      dueAt: result.body.dueAt ?? '',
    });
    this.ledger.dossierReceived(action.serviceKey, online);
    return { status: 'ok' as const };
  }

  private async dossierAction(client: ServiceClient, id: string, step: 'process' | 'complete', now: Date) {
    const dossier = this.dossiers.get(id);
    if (!dossier) return { status: 'skipped' as const, detail: 'its dossier was not received' };
    const result = await client.call('POST', `/v1/dossiers/${dossier.code}/actions`, {
      body: { action: step },
      headers: OFFICER,
      businessTime: now,
    });
    if (!ok(result)) return failed(result);
    if (step === 'complete')
      this.ledger.dossierCompleted(
        dossier.serviceKey,
        now.toISOString() <= new Date(dossier.dueAt).toISOString(),
      );
    return { status: 'ok' as const };
  }

  private async submitLinked(
    client: ServiceClient,
    action: Extract<PlannedAction, { kind: 'linked.submit' }>,
    now: Date,
  ) {
    const birth = action.procedure === 'birth';
    const family = birth ? nth(this.pools.parents, action.subject, 'married couple') : undefined;
    const death = birth ? undefined : nth(this.pools.deceased, action.subject, 'elderly beneficiary');
    const applicant =
      action.channel === 'online'
        ? nth(this.pools.eid, action.applicant, 'online applicant')
        : (family?.father ?? death!.claimant);
    const day = now.toISOString().slice(0, 10);
    const form = family
      ? {
          birth: {
            fullName: `${family.father.fullName.split(' ')[0]} Văn Bé ${action.subject}`,
            birthDate: day,
            sex: action.subject % 2 === 0 ? 'male' : 'female',
            birthplaceProvince: this.provinceCode,
            fatherIdNumber: family.father.idNumber,
            motherIdNumber: family.mother.idNumber,
            residence: { ...family.father.permanent, householdId: family.father.householdId },
          },
        }
      : {
          death: {
            idNumber: death!.person.idNumber,
            dateOfDeath: day,
            claimant: { idNumber: death!.claimant.idNumber, fullName: death!.claimant.fullName },
          },
        };
    if (death) {
      const claimant = await this.claimantWithAccount(action.subject);
      if (claimant)
        Object.assign(form, {
          death: { ...form.death, claimant: { idNumber: claimant.idNumber, fullName: claimant.fullName } },
        });
    }
    const headers = action.channel === 'online' ? await this.bearer(applicant.idNumber) : OFFICER;
    const result = await client.call<{ code?: string; linkedRunId?: string }>('POST', '/v1/dossiers', {
      body: {
        serviceKey: birth ? 'da06-15' : 'da06-16',
        channel: action.channel,
        applicantIdNumber: applicant.idNumber,
        provinceCode: this.provinceCode,
        form,
      },
      headers,
      businessTime: now,
    });
    if (result.status !== 201 || !result.body?.linkedRunId) return failed(result);
    this.ledger.dossierReceived(birth ? 'da06-15' : 'da06-16', action.channel === 'online');
    this.linkedRuns.push({
      id: action.id,
      procedure: action.procedure,
      runId: result.body.linkedRunId,
      expectFailure: action.expectFailure,
      ...(death ? { endsBenefit: this.benefitEndedByDeath(action.subject) } : {}),
    });
    return { status: 'ok' as const };
  }

  /** A claimant whose account resolves active, so the funeral allowance can be paid (the step's precondition). */
  private async claimantWithAccount(index: number): Promise<GeneratedPerson | undefined> {
    const ssa = this.clients['social-security'];
    if (!ssa || this.pools.banked.length === 0) return undefined;
    for (let k = 0; k < 30; k += 1) {
      const candidate = nth(this.pools.banked, index * 7 + k, 'beneficiary with an account');
      const result = await ssa.call<{ status?: string }>(
        'GET',
        `/v1/accounts/${candidate.idNumber}/resolve`,
        { headers: callerHeaders('one-stop') },
      );
      if (result.body?.status === 'active') return candidate;
    }
    return undefined;
  }

  private async bearer(idNumber: string): Promise<Record<string, string>> {
    if (!this.vneidIssuer) throw new Error('online submissions need the VNeID service');
    let token = this.tokens.get(idNumber);
    if (!token) {
      token = await vneidAccessToken(this.vneidIssuer, this.portal, idNumber);
      this.tokens.set(idNumber, token);
    }
    return { authorization: `Bearer ${token}` };
  }
}

export function serviceOf(action: PlannedAction): ServiceName {
  if (action.kind.startsWith('eid.')) return 'vneid';
  if (action.kind.startsWith('bhyt.')) return 'bhyt';
  if (action.kind.startsWith('ssa.')) return 'social-security';
  if (action.kind.startsWith('dossier.') || action.kind === 'linked.submit') return 'one-stop';
  if (action.kind === 'verification.batch') return 'population';
  return 'population';
}

function ok(result: CallResult): boolean {
  return result.status >= 200 && result.status < 300;
}

function failed(result: CallResult) {
  const body = result.body as { title?: string; detail?: string } | undefined;
  return {
    status: 'failed' as const,
    detail: `HTTP ${result.status} ${body?.detail ?? body?.title ?? ''}`.trim(),
  };
}
