import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ApiTags } from '@nestjs/swagger';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { IdCardService } from './idcard.service';
import {
  applicationIdParam,
  idCardApplicationRequest,
  type IdCardApplicationRequest,
} from './idcard.requests';

@ApiTags('CCCD cards')
@ApiCallerHeaders()
@Controller('v1/idcard-applications')
export class IdCardController {
  constructor(private readonly cards: IdCardService) {}

  @Post()
  @HttpCode(201)
  @ApiZodBody(idCardApplicationRequest)
  apply(
    @Caller(['police', 'one-stop']) caller: CallerContext,
    @Body(new ZodValidationPipe(idCardApplicationRequest)) body: IdCardApplicationRequest,
  ) {
    return this.cards.apply(caller, body);
  }

  /** Issues the card of an application (police only). */
  @Post(':applicationId/issuance')
  @HttpCode(201)
  issue(
    @Caller(['police']) caller: CallerContext,
    @Param('applicationId', new ZodValidationPipe(applicationIdParam)) applicationId: string,
  ) {
    return this.cards.issue(caller, applicationId);
  }
}
