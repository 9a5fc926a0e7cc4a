import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadGatewayResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { participantSyncRequest, type ParticipantSyncRequest } from './participant-sync.request';
import { ParticipantSyncService } from './participant-sync.service';

@ApiTags('Participant sync')
@Controller('v1/participant-syncs')
export class ParticipantSyncController {
  constructor(private readonly syncs: ParticipantSyncService) {}

  /**
   * Verifies up to `limit` participants of a province against the population service, in batches, and links the
   * matched ones to their ID number. Answers when done, with the counts and how many remain.
   */
  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: "Verify a province's participants against the population service and link the matched",
  })
  @ApiBadGatewayResponse({
    description: 'The population service did not verify a batch (earlier batches stay done)',
  })
  @ApiZodBody(participantSyncRequest)
  sync(@Body(new ZodValidationPipe(participantSyncRequest)) body: ParticipantSyncRequest) {
    return this.syncs.sync(body);
  }
}
