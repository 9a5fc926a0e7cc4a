import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { claimRequest, type ClaimRequest } from './claim.request';
import { ClaimService } from './claim.service';

@ApiTags('Claims')
@Controller('v1/claims')
export class ClaimController {
  constructor(private readonly claims: ClaimService) {}

  /** Submits a claim (201), or returns the receipt of the one sent before under the same reference (200). */
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit an insurance claim for a visit on a card, once per facility reference' })
  @ApiCreatedResponse({ description: 'Counted' })
  @ApiOkResponse({ description: 'Sent before: the first receipt' })
  @ApiZodBody(claimRequest)
  async submit(
    @Body(new ZodValidationPipe(claimRequest)) body: ClaimRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { created, claim } = await this.claims.submit(body);
    if (created) response.status(201);
    return { ...claim, created };
  }
}
