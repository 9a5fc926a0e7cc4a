import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource, In } from 'typeorm';
import { OneStopError } from '../one-stop.errors';
import { LinkedRun } from './linked-run.entity';
import { LinkedStep } from './linked-step.entity';

/** The most runs one call may ask for. */
const MAX_IDS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('Linked runs')
@Controller('v1/linked-runs')
export class LinkedRunController {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Several runs in one call (`?ids=<runId>,<runId>…`, at most 100): each found run as GET /v1/linked-runs/{id}
   * shows it, in the order asked; ids with no run are listed in `missing`.
   */
  @Get()
  @ApiOperation({ summary: 'Several linked-procedure runs, step by step' })
  @ApiQuery({ name: 'ids', description: 'run ids, comma-separated (at most 100)' })
  @ApiOkResponse({ description: '{ runs, missing }' })
  async list(@Query('ids') ids: string | undefined) {
    const runIds = [...new Set((ids ?? '').split(',').filter((id) => id.length > 0))];
    if (runIds.length === 0 || runIds.length > MAX_IDS || !runIds.every((id) => UUID.test(id))) {
      throw new OneStopError('INVALID_REQUEST', {
        detail: `ids must be 1 to ${MAX_IDS} run ids (UUIDs), comma-separated`,
        errors: [{ field: 'ids', message: `1 to ${MAX_IDS} UUIDs, comma-separated` }],
      });
    }
    const views = await this.views(runIds);
    return {
      runs: runIds.flatMap((id) => views.get(id) ?? []),
      missing: runIds.filter((id) => !views.has(id)),
    };
  }

  /** Every step of a linked-procedure run with its status, attempts, timestamps, deadline and what it produced. */
  @Get(':runId')
  @ApiOperation({ summary: 'A linked-procedure run (saga), step by step' })
  @ApiOkResponse({ description: 'The run and its steps' })
  @ApiNotFoundResponse({ description: 'No run with this id' })
  async view(@Param('runId') runId: string) {
    if (!UUID.test(runId)) {
      throw new OneStopError('INVALID_REQUEST', {
        detail: 'runId must be a UUID',
        errors: [{ field: 'runId', message: 'must be a UUID' }],
      });
    }
    const view = (await this.views([runId])).get(runId);
    if (!view) throw new OneStopError('LINKED_RUN_NOT_FOUND', { detail: `no linked run ${runId}` });
    return view;
  }

  /** The runs found, with their steps in order: two queries however many. */
  private async views(runIds: readonly string[]) {
    const runs = await this.dataSource.getRepository(LinkedRun).findBy({ runId: In([...runIds]) });
    const steps =
      runs.length === 0
        ? []
        : await this.dataSource
            .getRepository(LinkedStep)
            .find({ where: { runId: In(runs.map((run) => run.runId)) }, order: { index: 'ASC' } });
    return new Map(
      runs.map((run) => [
        run.runId,
        runView(
          run,
          steps.filter((step) => step.runId === run.runId),
        ),
      ]),
    );
  }
}

function runView(run: LinkedRun, steps: readonly LinkedStep[]) {
  return {
    runId: run.runId,
    procedure: run.procedure,
    dossierCode: run.dossierCode,
    serviceKey: run.serviceKey,
    status: run.status,
    receivedAt: run.receivedAt.toISOString(),
    dueAt: run.dueAt.toISOString(),
    legalDays: run.legalDays,
    verificationNeeded: run.verificationNeeded,
    finishedAt: run.finishedAt?.toISOString(),
    withinLimit: run.withinLimit ?? undefined,
    failedStep: run.failedStep ?? undefined,
    failedStepIndex: run.failedStepIndex ?? undefined,
    reasonCode: run.reasonCode ?? undefined,
    reason: run.reason ?? undefined,
    steps: steps.map((step) => ({
      index: step.index,
      step: step.step,
      owner: step.owner,
      status: step.status,
      attempts: step.attempts,
      requestedAt: step.requestedAt?.toISOString(),
      attemptDeadline: step.attemptDeadline?.toISOString(),
      completedAt: step.completedAt?.toISOString(),
      dueAt: step.dueAt?.toISOString(),
      output: step.output ?? undefined,
      reason: step.reason ?? undefined,
    })),
  };
}
