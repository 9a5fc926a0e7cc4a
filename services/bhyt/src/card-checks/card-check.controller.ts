import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { BHYT_CHECK_RESULTS } from '@d06/domain';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import type { z } from 'zod';
import { CARD_CHECK_BATCH_MAX, cardCheckBatchRequest } from './card-check-batch.request';
import { CardCheckBatchService } from './card-check-batch.service';
import { cardCheckRequest } from './card-check.request';
import { CardCheckService } from './card-check.service';

const text = { type: 'string' } as const;
const ANSWER_SCHEMA = {
  type: 'object',
  required: ['resultCode', 'message', 'success'],
  properties: {
    resultCode: { type: 'string', enum: BHYT_CHECK_RESULTS.map((r) => r.code) },
    message: text,
    success: { type: 'boolean', description: 'The holder has a valid card: 000, 003 or 004' },
    card: {
      type: 'object',
      description: "The holder's current card, when valid",
      properties: {
        cardCode: text,
        socialInsuranceNumber: text,
        group: text,
        groupName: text,
        benefitLevel: { type: 'integer' },
        provinceCode: text,
        validFrom: { type: 'string', format: 'date' },
        validTo: { type: 'string', format: 'date' },
        fullName: text,
        birthDate: { type: 'string', format: 'date' },
        sex: { type: 'string', enum: ['male', 'female'] },
      },
    },
    oldCardCode: { type: 'string', description: 'The replaced card presented (003, 004)' },
  },
};

@ApiTags('Card checks')
@Controller('v1/card-checks')
export class CardCheckController {
  constructor(
    private readonly checks: CardCheckService,
    private readonly batches: CardCheckBatchService,
  ) {}

  /**
   * A facility's check-in lookup by CCCD number or card code: 200 with the BHXH result code (and the card when
   * valid). A request that is no lookup at all — malformed, an unknown facility, a CCCD lookup from a facility not
   * using the chip ID card — is a 4xx problem+json. Either way one lookup event is recorded before the answer.
   */
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Look a BHYT card up at check-in, by CCCD number or card code' })
  @ApiZodBody(
    cardCheckRequest,
    'idNumber (the CCCD number) or cardCode, with the name and birth date the facility holds',
  )
  @ApiOkResponse({
    description: 'The BHXH result code, its meaning, and the card when valid',
    schema: ANSWER_SCHEMA,
  })
  @ApiForbiddenResponse({
    description: 'A CCCD lookup from a facility not using the chip ID card (problem+json)',
  })
  @ApiUnprocessableEntityResponse({ description: 'Unknown facility (problem+json)' })
  @ApiServiceUnavailableResponse({ description: 'The lookup could not be recorded; nothing was answered' })
  check(@Body() body: unknown) {
    return this.checks.check(body);
  }

  /**
   * A facility system's list of lookups in one call: 200 with one result per check, in order — the single call's
   * status with its answer (200) or its problem (4xx, or 503 when that check could not be recorded). Each check is
   * a lookup with its own event, as if called alone. A malformed envelope is a 400 and records nothing.
   */
  @Post('batch')
  @HttpCode(200)
  @ApiOperation({ summary: `Look up to ${CARD_CHECK_BATCH_MAX} BHYT cards up in one call` })
  @ApiZodBody(cardCheckBatchRequest, 'checks: the lookups, each as POST /v1/card-checks takes it')
  @ApiOkResponse({
    description: 'One result per check, in order: { status, answer } or { status, problem }',
    schema: {
      type: 'object',
      properties: {
        results: {
          type: 'array',
          items: {
            type: 'object',
            required: ['status'],
            properties: {
              status: { type: 'integer' },
              answer: ANSWER_SCHEMA,
              problem: { type: 'object', description: 'RFC 9457 problem details' },
            },
          },
        },
      },
    },
  })
  checkBatch(
    @Body(new ZodValidationPipe(cardCheckBatchRequest)) body: z.output<typeof cardCheckBatchRequest>,
  ) {
    return this.batches.check(body.checks);
  }
}
