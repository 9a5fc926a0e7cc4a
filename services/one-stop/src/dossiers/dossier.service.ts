import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { dueDate } from '@d06/domain';
import { TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource } from 'typeorm';
import { acrMeets, VneidTokenVerifier } from '../auth/vneid-token-verifier';
import { callerFromRequest } from '../caller/caller-context';
import { ONE_STOP_CONFIG } from '../config/one-stop-config.token';
import type { OneStopConfig } from '../config/one-stop.config';
import { LinkedRunService } from '../linked/linked-run.service';
import { OneStopError } from '../one-stop.errors';
import { PopulationClient } from '../prefill/population-client';
import { prefillFrom } from '../prefill/prefill';
import { dossierCode, dossierDay, receivingAgencyCode } from './dossier-code';
import { checkSubmission } from './dossier-intake';
import type { SubmitDossierRequest } from './dossier.requests';
import { Dossier } from './dossier.entity';
import { DossierWriter } from './dossier-writer';

export interface HttpRequestLike {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** Receives dossiers: checks the input and the submitter, pre-fills from the register, starts linked runs. */
@Injectable()
export class DossierService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly writer: DossierWriter,
    private readonly tokens: VneidTokenVerifier,
    private readonly population: PopulationClient,
    private readonly linkedRuns: LinkedRunService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ONE_STOP_CONFIG) private readonly config: OneStopConfig,
  ) {}

  async submit(body: SubmitDossierRequest, request: HttpRequestLike) {
    const checked = checkSubmission(body);
    const submitter = await this.submitter(body, checked.entry.requiredAcr, request);
    const receivedAt = this.clock.now();
    const provinceCode = body.provinceCode ?? this.config.ONESTOP_PROVINCE_CODE;
    const agencyCode = receivingAgencyCode(provinceCode, body.districtCode);
    const code = await this.nextCode(agencyCode, receivedAt);
    // the register is asked outside the transaction; an outage fills nothing but loses nothing
    const prefill = prefillFrom(
      checked.entry,
      await this.population.citizen(body.applicantIdNumber, code, agencyCode),
    );
    const runId = checked.procedure ? randomUUID() : null;
    const dossier = Object.assign(new Dossier(), {
      code,
      serviceKey: checked.entry.key,
      channel: body.channel,
      status: 'received',
      applicantIdNumber: body.applicantIdNumber,
      agencyCode,
      provinceCode,
      districtCode: body.districtCode ?? null,
      communeCode: body.communeCode ?? null,
      acr: submitter.acr,
      receivedBy: submitter.actor,
      receivedAt,
      dueAt: dueDate(receivedAt, checked.legalDays),
      legalDays: checked.legalDays,
      completedAt: null,
      onTime: null,
      digitised: body.digitised,
      feePaidOnline: body.feePaidOnline,
      verificationNeeded: body.verificationNeeded,
      form: { answers: checked.form, prefilled: prefill.values },
      formFields: checked.entry.formFields.length,
      prefilledFields: Object.keys(prefill.values).length,
      prefillStatus: prefill.status,
      linkedRunId: runId,
      attention: null,
      updatedAt: receivedAt,
    } satisfies Dossier);
    const procedure = checked.procedure;
    if (procedure && runId) {
      await this.outbox.run(async ({ manager }) => {
        await this.writer.receive(manager, dossier, submitter.actor);
        await this.linkedRuns.start(manager, dossier, runId, procedure, checked.form);
      });
    } else {
      // a single statement: atomic without a transaction around it
      await this.writer.receive(this.dataSource.manager, dossier, submitter.actor);
    }
    return {
      code,
      serviceKey: dossier.serviceKey,
      channel: dossier.channel,
      status: dossier.status,
      receivedAt: receivedAt.toISOString(),
      dueAt: dossier.dueAt.toISOString(),
      legalDays: dossier.legalDays,
      formFields: dossier.formFields,
      prefilledFields: dossier.prefilledFields,
      prefillStatus: dossier.prefillStatus,
      ...(runId ? { linkedRunId: runId } : {}),
    };
  }

  /** Online: a VNeID token of the applicant at the service's level. Counter: an officer's caller headers. */
  private async submitter(
    body: SubmitDossierRequest,
    requiredAcr: 'vneid:loa1' | 'vneid:loa2',
    request: HttpRequestLike,
  ) {
    if (body.channel === 'counter') {
      const caller = callerFromRequest(request);
      if (caller.type !== 'officer') {
        throw new OneStopError('OFFICER_REQUIRED', { detail: 'a counter dossier is received by an officer' });
      }
      return { actor: `officer:${caller.id}`, acr: null };
    }
    const authorization = request.headers.authorization;
    const identity = await this.tokens.verify(
      Array.isArray(authorization) ? authorization[0] : authorization,
    );
    if (!acrMeets(identity.acr, requiredAcr)) {
      throw new OneStopError('ASSURANCE_TOO_LOW', {
        detail: `${body.serviceKey} needs a ${requiredAcr} login; the token is ${identity.acr}`,
      });
    }
    if (identity.idNumber !== body.applicantIdNumber) {
      throw new OneStopError('NOT_THE_APPLICANT', {
        detail: 'an online dossier is submitted by the applicant: the token belongs to someone else',
      });
    }
    return { actor: `vneid:${identity.subject}`, acr: identity.acr };
  }

  /** The agency's next number of the day, in its own short transaction (a failed submission leaves a gap). */
  private async nextCode(agencyCode: string, receivedAt: Date): Promise<string> {
    const day = dossierDay(receivedAt);
    const schema = (this.dataSource.options as { schema?: string }).schema ?? 'public';
    const [row] = await this.dataSource.query<{ last_value: number }[]>(
      `INSERT INTO "${schema}"."dossier_sequences" (agency_code, day, last_value) VALUES ($1, $2, 1) ` +
        'ON CONFLICT (agency_code, day) DO UPDATE SET last_value = dossier_sequences.last_value + 1 ' +
        'RETURNING last_value',
      [agencyCode, day],
    );
    return dossierCode(agencyCode, day, Number(row.last_value));
  }
}
