import { Inject, Injectable } from '@nestjs/common';
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
import { prefillFrom, type Prefill } from '../prefill/prefill';
import { receivingAgencyCode } from './dossier-code';
import { checkSubmission, newDossier, receipt, type Intake, type Submitter } from './dossier-intake';
import { nextDossierCodes } from './dossier-sequences';
import type { SubmitDossierRequest } from './dossier.requests';
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
    const intake = await this.intake(body, request);
    const [code] = await nextDossierCodes(this.dataSource, [intake]);
    const dossier = newDossier(intake, code, await this.prefill(intake, code));
    const procedure = intake.checked.procedure;
    if (procedure && dossier.linkedRunId) {
      const runId = dossier.linkedRunId;
      await this.outbox.run(async ({ manager }) => {
        await this.writer.receive(manager, dossier, intake.submitter.actor);
        await this.linkedRuns.start(manager, dossier, runId, procedure, intake.checked.form);
      });
    } else {
      // a single statement: atomic without a transaction around it
      await this.writer.receive(this.dataSource.manager, dossier, intake.submitter.actor);
    }
    return receipt(dossier);
  }

  /** Everything checked before a dossier is numbered: the input, the service, the form and the submitter. */
  async intake(body: SubmitDossierRequest, request: HttpRequestLike): Promise<Intake> {
    const checked = checkSubmission(body);
    const submitter = await this.submitter(body, checked.entry.requiredAcr, request);
    const provinceCode = body.provinceCode ?? this.config.ONESTOP_PROVINCE_CODE;
    return {
      body,
      checked,
      submitter,
      receivedAt: this.clock.now(),
      provinceCode,
      agencyCode: receivingAgencyCode(provinceCode, body.districtCode),
    };
  }

  /** The form's pre-fill; the register is asked outside any transaction: an outage fills nothing, loses nothing. */
  async prefill(intake: Intake, code: string): Promise<Prefill> {
    const lookup = await this.population.citizen(intake.body.applicantIdNumber, code, intake.agencyCode);
    return prefillFrom(intake.checked.entry, lookup);
  }

  /** Online: a VNeID token of the applicant at the service's level. Counter: an officer's caller headers. */
  private async submitter(
    body: SubmitDossierRequest,
    requiredAcr: 'vneid:loa1' | 'vneid:loa2',
    request: HttpRequestLike,
  ): Promise<Submitter> {
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
}
