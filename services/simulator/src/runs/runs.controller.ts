import { Body, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import type { Response } from 'express';
import { z } from 'zod';
import { SimulatorError } from '../app/simulator.errors';
import { htmlSummary } from '../outputs/html-summary';
import { junitReport } from '../outputs/junit-report';
import type { RunResult } from '../run/run-scenario';
import type { RunView } from './run-record';
import { RunRegistry } from './run-registry.service';
import { runRequestSchema, scenarioOf, type RunRequest } from './run-request';

const runId = new ZodValidationPipe(z.string().uuid('must be a run id (a UUID)'));

@ApiTags('Runs')
@Controller('v1/runs')
export class RunsController {
  constructor(private readonly runs: RunRegistry) {}

  @Get()
  @ApiOperation({
    summary: 'The runs of this simulator, newest first (the running one and the last ones ended)',
  })
  list(): { runs: RunView[] } {
    return { runs: this.runs.list().map((run) => run.view()) };
  }

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Start a run of a shipped scenario (by name) or of a scenario given inline; one run at a time',
  })
  @ApiZodBody(runRequestSchema)
  @ApiAcceptedResponse({ description: 'Started; Location is the run, to follow with GET' })
  @ApiConflictResponse({ description: 'A run is in progress (problem+json names it)' })
  start(
    @Body(new ZodValidationPipe(runRequestSchema)) body: RunRequest,
    @Res({ passthrough: true }) response: Response,
  ): RunView {
    const { record } = this.runs.start(scenarioOf(body));
    response.setHeader('Location', `/v1/runs/${record.id}`);
    return record.view();
  }

  @Get(':id')
  @ApiOperation({
    summary: 'A run: state, progress (done/total actions, business time, phase), then verdict and checks',
  })
  @ApiNotFoundResponse({ description: 'No such run' })
  get(@Param('id', runId) id: string): RunView {
    return this.runs.get(id).view();
  }

  @Get(':id/report')
  @ApiOperation({ summary: "The metrics service's report the run was checked against (JSON)" })
  report(@Param('id', runId) id: string): unknown {
    const result = this.resultOf(id);
    return result.report ?? { error: result.reportError, ledger: result.ledger };
  }

  @Get(':id/junit')
  @Header('Content-Type', 'application/xml; charset=utf-8')
  @ApiProduces('application/xml')
  @ApiOperation({ summary: 'JUnit XML: a case per linked-procedure run and per figure check' })
  junit(@Param('id', runId) id: string): string {
    return junitReport(this.resultOf(id));
  }

  @Get(':id/html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'The one-page HTML summary of the run' })
  html(@Param('id', runId) id: string): string {
    return htmlSummary(this.resultOf(id));
  }

  private resultOf(id: string): RunResult {
    const record = this.runs.get(id);
    if (record.state === 'crashed')
      throw new SimulatorError('RUN_CRASHED', { detail: `run ${id} stopped: ${record.error}` });
    if (!record.result) {
      throw new SimulatorError('RUN_NOT_FINISHED', {
        detail: `run ${id} is ${record.progress?.phase ?? 'starting'} (${record.progress?.done ?? 0}/${record.progress?.total ?? 0} actions)`,
      });
    }
    return record.result;
  }
}
