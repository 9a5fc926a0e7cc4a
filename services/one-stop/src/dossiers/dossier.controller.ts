import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiCallerHeaders, ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { CALLER_POLICY } from '../caller/caller-context';
import { DossierActionListService } from './dossier-action-list.service';
import { DossierActionsService } from './dossier-actions.service';
import {
  DOSSIER_LIST_MAX,
  dossierActionListRequest,
  dossierSubmissionListRequest,
} from './dossier-lists.requests';
import { DossierSubmissionListService } from './dossier-submission-list.service';
import {
  dossierActionRequest,
  submitDossierRequest,
  type DossierActionRequest,
  type SubmitDossierRequest,
} from './dossier.requests';
import { DossierService, type HttpRequestLike } from './dossier.service';

@ApiTags('Dossiers')
@Controller('v1/dossiers')
export class DossierController {
  constructor(
    private readonly dossiers: DossierService,
    private readonly actions: DossierActionsService,
    private readonly submissionLists: DossierSubmissionListService,
    private readonly actionLists: DossierActionListService,
  ) {}

  /**
   * Receives a dossier: online with the applicant's VNeID access token (Authorization: Bearer) at the service's
   * level, or at the counter by an officer (x-caller-* headers). The linked services start a linked run.
   */
  @Post()
  @ApiOperation({ summary: 'Submit a dossier (online with a VNeID token, or at the counter)' })
  @ApiBearerAuth()
  @ApiCallerHeaders(CALLER_POLICY)
  @ApiZodBody(submitDossierRequest)
  @ApiCreatedResponse({ description: 'Received: code, status, dueAt, pre-filled fields, linkedRunId' })
  @ApiUnauthorizedResponse({ description: 'Online without a valid VNeID access token' })
  @ApiForbiddenResponse({
    description: "The login's level is below the service's, or the token is not the applicant's",
  })
  submit(
    @Body(new ZodValidationPipe(submitDossierRequest)) body: SubmitDossierRequest,
    @Req() request: HttpRequestLike,
  ) {
    return this.dossiers.submit(body, request);
  }

  /**
   * Dossiers received in one call (a portal or office system forwarding what it gathered): 200 with one result
   * per item, in order — the single call's status with its receipt (201) or its problem. Each item is checked
   * and recorded as POST /v1/dossiers would; an online item carries its applicant's `accessToken`.
   */
  @Post('batch')
  @HttpCode(200)
  @ApiOperation({ summary: `Submit up to ${DOSSIER_LIST_MAX} dossiers in one call` })
  @ApiCallerHeaders(CALLER_POLICY)
  @ApiZodBody(dossierSubmissionListRequest, 'dossiers: each as POST /v1/dossiers takes it, plus accessToken')
  @ApiOkResponse({
    description: 'One result per dossier, in order: { status, answer } or { status, problem }',
  })
  submitList(
    @Body(new ZodValidationPipe(dossierSubmissionListRequest)) body: { dossiers: unknown[] },
    @Req() request: HttpRequestLike,
  ) {
    return this.submissionLists.submit(body.dossiers, request);
  }

  /**
   * An officer's actions on several dossiers in one call: 200 with one result per action, in order — 200 with
   * the dossier's standing after it, or the single call's problem. Actions are taken in order (a dossier may
   * move twice) and written in one transaction.
   */
  @Post('actions/batch')
  @HttpCode(200)
  @ApiOperation({ summary: `Take up to ${DOSSIER_LIST_MAX} dossier actions in one call` })
  @ApiCallerHeaders(CALLER_POLICY)
  @ApiZodBody(dossierActionListRequest, 'actions: each { code, action, reason? }')
  @ApiOkResponse({
    description: 'One result per action, in order: { status, answer } or { status, problem }',
  })
  actList(
    @Body(new ZodValidationPipe(dossierActionListRequest)) body: { actions: unknown[] },
    @Req() request: HttpRequestLike,
  ) {
    return this.actionLists.act(body.actions, request);
  }

  @Get(':code')
  @ApiOperation({ summary: 'A dossier: status and history, deadline, on time / overdue' })
  @ApiOkResponse({ description: 'The dossier (without the personal data of its form)' })
  @ApiNotFoundResponse({ description: 'No dossier with this code' })
  view(@Param('code') code: string) {
    return this.actions.view(code);
  }

  @Post(':code/actions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move a dossier: process, request-supplement, supplement, complete, reject, withdraw',
  })
  @ApiCallerHeaders(CALLER_POLICY)
  @ApiZodBody(dossierActionRequest)
  @ApiOkResponse({ description: 'The dossier after the action' })
  @ApiConflictResponse({ description: "The action is not allowed from the dossier's status" })
  act(
    @Param('code') code: string,
    @Body(new ZodValidationPipe(dossierActionRequest)) body: DossierActionRequest,
    @Req() request: HttpRequestLike,
  ) {
    return this.actions.act(code, body, request);
  }
}
