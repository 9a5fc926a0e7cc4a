import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ApiTags } from '@nestjs/swagger';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { PopulationError } from '../population.errors';
import { VerificationService } from './verification.service';
import {
  batchVerificationRequest,
  MAX_BATCH,
  verificationRequest,
  type BatchVerificationRequest,
  type VerificationRequest,
} from './verification.requests';

/** A batch over the limit is a 413 (too large), not a 400 (malformed), as the API promises. */
class BatchLimit {
  transform(value: unknown): unknown {
    const records = (value as { records?: unknown } | undefined)?.records;
    if (Array.isArray(records) && records.length > MAX_BATCH) {
      throw new PopulationError('BATCH_TOO_LARGE', {
        detail: `${records.length} records sent; the limit is ${MAX_BATCH}`,
      });
    }
    return value;
  }
}

@ApiTags('Verification')
@ApiCallerHeaders()
@Controller('v1/verifications')
export class VerificationController {
  constructor(private readonly verifications: VerificationService) {}

  @Post()
  @HttpCode(200)
  @ApiZodBody(verificationRequest)
  verify(
    @Caller() caller: CallerContext,
    @Body(new ZodValidationPipe(verificationRequest)) body: VerificationRequest,
  ) {
    return this.verifications.verify(caller, body);
  }

  /** Up to 10 000 records in one call; more is refused whole with 413 before anything is checked. */
  @Post('batch')
  @HttpCode(200)
  @ApiZodBody(batchVerificationRequest)
  verifyBatch(
    @Caller() caller: CallerContext,
    @Body(new BatchLimit(), new ZodValidationPipe(batchVerificationRequest)) body: BatchVerificationRequest,
  ) {
    return this.verifications.verifyBatch(caller, body);
  }
}
