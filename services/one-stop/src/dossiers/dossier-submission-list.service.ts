import { Injectable } from '@nestjs/common';
import { ZodValidationPipe } from '@d06/platform';
import { DataSource } from 'typeorm';
import { PROCEDURE_OF_SERVICE } from '../linked/linked-procedures';
import { PopulationClient } from '../prefill/population-client';
import { prefillFrom, type Prefill } from '../prefill/prefill';
import { newDossier, receipt, type Intake } from './dossier-intake';
import { dossierSubmissionListItem, type DossierSubmissionListItem } from './dossier-lists.requests';
import { nextDossierCodes } from './dossier-sequences';
import { DossierService, type HttpRequestLike } from './dossier.service';
import { DossierWriter } from './dossier-writer';
import { parseItem, problemResult, type ListResult } from './list-results';

const ITEM = new ZodValidationPipe(dossierSubmissionListItem);

type Receipt = ReturnType<typeof receipt>;

/**
 * A list of dossiers received in one call. Each item is checked, numbered, pre-filled and answered as its single
 * call would be (201 with its receipt, or its problem); the list's ordinary dossiers are numbered in one
 * statement and written in one, and a linked procedure's dossier is received on its own (it starts a run).
 */
@Injectable()
export class DossierSubmissionListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossierService,
    private readonly writer: DossierWriter,
    private readonly population: PopulationClient,
  ) {}

  async submit(items: readonly unknown[], request: HttpRequestLike) {
    const results: ListResult<Receipt>[] = new Array<ListResult<Receipt>>(items.length);
    const ordinary: { index: number; intake: Intake }[] = [];
    await Promise.all(
      items.map(async (raw, index) => {
        const parsed = parseItem(ITEM, raw);
        if (!parsed.ok) {
          results[index] = parsed.result;
          return;
        }
        const { accessToken: _token, ...body } = parsed.value;
        const itemRequest = requestOf(parsed.value, request);
        try {
          if (PROCEDURE_OF_SERVICE[body.serviceKey]) {
            results[index] = { status: 201, answer: await this.dossiers.submit(body, itemRequest) };
          } else ordinary.push({ index, intake: await this.dossiers.intake(body, itemRequest) });
        } catch (error) {
          results[index] = problemResult(error);
        }
      }),
    );
    if (ordinary.length > 0) await this.receive(ordinary, results);
    return { results };
  }

  private async receive(accepted: { index: number; intake: Intake }[], results: ListResult<Receipt>[]) {
    accepted.sort((a, b) => a.index - b.index);
    const codes = await nextDossierCodes(
      this.dataSource,
      accepted.map(({ intake }) => intake),
    );
    const prefills = await prefillsOf(
      this.population,
      accepted.map(({ intake }) => intake),
      codes,
    );
    const dossiers = accepted.map(({ intake }, i) => ({
      dossier: newDossier(intake, codes[i], prefills[i]),
      actor: intake.submitter.actor,
    }));
    // one statement: atomic without a transaction around it
    await this.writer.receiveAll(this.dataSource.manager, dossiers);
    accepted.forEach(
      ({ index }, i) => (results[index] = { status: 201, answer: receipt(dossiers[i].dossier) }),
    );
  }
}

/**
 * The list's pre-fills, asked of the register in one call per receiving agency (the agency is who asks), outside
 * any transaction: an outage fills nothing, loses nothing.
 */
async function prefillsOf(
  population: PopulationClient,
  intakes: readonly Intake[],
  codes: readonly string[],
): Promise<Prefill[]> {
  const byAgency = new Map<string, number[]>();
  intakes.forEach((intake, i) =>
    byAgency.set(intake.agencyCode, [...(byAgency.get(intake.agencyCode) ?? []), i]),
  );
  const prefills = new Array<Prefill>(intakes.length);
  await Promise.all(
    [...byAgency].map(async ([agencyCode, indexes]) => {
      const lookups = await population.citizens(
        indexes.map((i) => ({ idNumber: intakes[i].body.applicantIdNumber, dossierCode: codes[i] })),
        agencyCode,
      );
      indexes.forEach((i, k) => (prefills[i] = prefillFrom(intakes[i].checked.entry, lookups[k])));
    }),
  );
  return prefills;
}

/**
 * What the item's single call would have carried: the list's caller headers (the officer receiving counter
 * dossiers) and, for an online item, its applicant's token as the Authorization header.
 */
function requestOf(item: DossierSubmissionListItem, list: HttpRequestLike): HttpRequestLike {
  const { authorization: _listToken, ...headers } = list.headers;
  return {
    headers: item.accessToken ? { ...headers, authorization: `Bearer ${item.accessToken}` } : headers,
  };
}
