import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { childCardRequest, type ChildCardRequest } from './child-card.request';
import { ChildCardService } from './child-card.service';

@ApiTags('Child cards')
@Controller('v1/child-cards')
export class ChildCardController {
  constructor(private readonly childCards: ChildCardService) {}

  /**
   * Issues a child's TE card (201), or returns the one issued before for this personal ID number (200): the
   * command the linked birth procedure's saga calls, safe to retry.
   */
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: "Issue a child's TE card (linked procedure 1), once per personal ID number" })
  @ApiCreatedResponse({ description: 'Issued' })
  @ApiOkResponse({ description: 'Issued before: the same card' })
  @ApiConflictResponse({ description: 'The child holds a card of another group' })
  @ApiZodBody(childCardRequest)
  async issue(
    @Body(new ZodValidationPipe(childCardRequest)) body: ChildCardRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { created, card } = await this.childCards.issue(body);
    if (created) response.status(201);
    return { ...card, created };
  }
}
