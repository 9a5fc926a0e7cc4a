import type { GeneratedPerson } from '@d06/synthetic';
import type { Ledger } from '../../ledger/ledger';
import type { PlannedAction } from '../../plan/plan.types';
import type { CallLists } from '../call-lists';
import { callerHeaders, type CallResult, type ServiceClient } from '../service-client';
import { nth, type SubjectPools } from '../subject-pools';
import { TokenWallet } from '../token-wallet';
import { onestopPortalClient, vneidAccessToken, type PortalClient } from '../vneid-login';
import { DONE, failed, ok, skipped, type StepOutcome } from './step-outcome';

type BenefitGroup = 'socialAssistance' | 'meritorious';

/** A reception officer of the one-stop office (the dossier is the purpose). */
export const OFFICER = { ...callerHeaders('one-stop', 'sim-officer-01'), 'x-caller-type': 'officer' };

/** One-stop's list endpoints, when the runner sends dossiers and actions in lists (no HTTP faults on them). */
export interface DossierLists {
  readonly submissions: CallLists<{ code?: string; dueAt?: string }>;
  readonly actions: CallLists<unknown>;
}

export interface LinkedRunRef {
  readonly id: string;
  readonly procedure: 'birth' | 'death';
  readonly runId: string;
  readonly expectFailure: boolean;
  /** A death: the benefit group of the deceased (the deaths' subjects are all beneficiaries), whose benefit ends. */
  readonly endsBenefit?: BenefitGroup;
}

/** What a dossier action needs besides the one-stop client. */
export interface DossierContext {
  readonly pools: SubjectPools;
  readonly ledger: Ledger;
  readonly provinceCode: string;
  readonly vneidIssuer: string | undefined;
  readonly oneStopUrl: string;
  /** A death's claimant who can be paid the funeral allowance (see SsaActions.claimantWithAccount). */
  readonly claimantWithAccount: (subject: number) => Promise<GeneratedPerson | undefined>;
  /** Lists to send ordinary submissions and officers' actions in; single calls without. */
  readonly lists?: DossierLists;
}

/**
 * One-stop dossiers: submitted at the counter (by an officer) or online (with the citizen's VNeID token), processed
 * and completed; and the linked birth and death procedures, whose runs are followed to their end afterwards.
 */
export class DossierActions {
  readonly linkedRuns: LinkedRunRef[] = [];
  /** The dossier each submission received, for its later steps. */
  private readonly dossiers = new Map<string, { code: string; serviceKey: string; dueAt: string }>();
  /** The online applicants' VNeID access tokens (a login per citizen, again when one is about to expire). */
  private readonly tokens = new TokenWallet();
  private readonly portal: PortalClient;

  constructor(private readonly context: DossierContext) {
    this.portal = onestopPortalClient(context.oneStopUrl);
  }

  /** The benefit group of a death's subject (every one of them is a beneficiary): the benefit the death ends. */
  benefitEndedByDeath(subject: number): BenefitGroup | undefined {
    const group = nth(this.context.pools.deceased, subject, 'elderly beneficiary').person.socialSecurity
      ?.group;
    if (group === undefined) return undefined;
    return group === 'meritorious' ? 'meritorious' : 'socialAssistance';
  }

  async submit(
    client: ServiceClient,
    action: Extract<PlannedAction, { kind: 'dossier.submit' }>,
    now: Date,
  ): Promise<StepOutcome> {
    const { pools, ledger, provinceCode } = this.context;
    const online = action.channel === 'online';
    const applicant = online
      ? nth(pools.eid, action.applicant, 'online applicant')
      : nth(pools.everyone, action.applicant, 'citizen');
    const body = {
      serviceKey: action.serviceKey,
      channel: action.channel,
      applicantIdNumber: applicant.idNumber,
      provinceCode,
    };
    const token = online ? await this.token(applicant.idNumber) : undefined;
    const result = this.context.lists
      ? await this.context.lists.submissions.call({ ...body, accessToken: token }, now)
      : await client.call<{ code?: string; dueAt?: string }>('POST', '/v1/dossiers', {
          body,
          headers: token ? bearer(token) : OFFICER,
          businessTime: now,
        });
    if (result.status !== 201 || !result.body?.code) return failed(result);
    this.dossiers.set(action.id, {
      code: result.body.code,
      serviceKey: action.serviceKey,
      dueAt: result.body.dueAt ?? '',
    });
    ledger.dossierReceived(action.serviceKey, online);
    return DONE;
  }

  async act(
    client: ServiceClient,
    id: string,
    step: 'process' | 'complete',
    now: Date,
  ): Promise<StepOutcome> {
    const dossier = this.dossiers.get(id);
    if (!dossier) return skipped('its dossier was not received');
    const result: CallResult = this.context.lists
      ? await this.context.lists.actions.call({ code: dossier.code, action: step }, now)
      : await client.call('POST', `/v1/dossiers/${dossier.code}/actions`, {
          body: { action: step },
          headers: OFFICER,
          businessTime: now,
        });
    if (!ok(result)) return failed(result);
    if (step === 'complete')
      this.context.ledger.dossierCompleted(
        dossier.serviceKey,
        now.toISOString() <= new Date(dossier.dueAt).toISOString(),
      );
    return DONE;
  }

  async submitLinked(
    client: ServiceClient,
    action: Extract<PlannedAction, { kind: 'linked.submit' }>,
    now: Date,
  ): Promise<StepOutcome> {
    const { pools, provinceCode } = this.context;
    const birth = action.procedure === 'birth';
    const family = birth ? nth(pools.parents, action.subject, 'married couple') : undefined;
    const death = birth ? undefined : nth(pools.deceased, action.subject, 'elderly beneficiary');
    const applicant =
      action.channel === 'online'
        ? nth(pools.eid, action.applicant, 'online applicant')
        : (family?.father ?? death!.claimant);
    const day = now.toISOString().slice(0, 10);
    const form = family
      ? {
          birth: {
            fullName: `${family.father.fullName.split(' ')[0]} Văn Bé ${action.subject}`,
            birthDate: day,
            sex: action.subject % 2 === 0 ? 'male' : 'female',
            birthplaceProvince: provinceCode,
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
      const claimant = await this.context.claimantWithAccount(action.subject);
      if (claimant)
        Object.assign(form, {
          death: { ...form.death, claimant: { idNumber: claimant.idNumber, fullName: claimant.fullName } },
        });
    }
    const headers = action.channel === 'online' ? bearer(await this.token(applicant.idNumber)) : OFFICER;
    const serviceKey = birth ? 'da06-15' : 'da06-16';
    const result = await client.call<{ code?: string; linkedRunId?: string }>('POST', '/v1/dossiers', {
      body: {
        serviceKey,
        channel: action.channel,
        applicantIdNumber: applicant.idNumber,
        provinceCode,
        form,
      },
      headers,
      businessTime: now,
    });
    if (result.status !== 201 || !result.body?.linkedRunId) return failed(result);
    this.context.ledger.dossierReceived(serviceKey, action.channel === 'online');
    this.linkedRuns.push({
      id: action.id,
      procedure: action.procedure,
      runId: result.body.linkedRunId,
      expectFailure: action.expectFailure,
      ...(death ? { endsBenefit: this.benefitEndedByDeath(action.subject) } : {}),
    });
    return DONE;
  }

  private token(idNumber: string): Promise<string> {
    const issuer = this.context.vneidIssuer;
    if (!issuer) throw new Error('online submissions need the VNeID service');
    return this.tokens.tokenOf(idNumber, () => vneidAccessToken(issuer, this.portal, idNumber));
  }
}

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
