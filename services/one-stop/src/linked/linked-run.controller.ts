import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { OneStopError } from '../one-stop.errors';
import { LinkedRun } from './linked-run.entity';
import { LinkedStep } from './linked-step.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('Linked runs')
@Controller('v1/linked-runs')
export class LinkedRunController {
  constructor(private readonly dataSource: DataSource) {}

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
    const run = await this.dataSource.getRepository(LinkedRun).findOneBy({ runId });
    if (!run) throw new OneStopError('LINKED_RUN_NOT_FOUND', { detail: `no linked run ${runId}` });
    const steps = await this.dataSource
      .getRepository(LinkedStep)
      .find({ where: { runId }, order: { index: 'ASC' } });
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
}
