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
import { DossierActionsService } from './dossier-actions.service';
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
