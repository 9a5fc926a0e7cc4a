import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { VerificationService } from './verification.service';
import { verificationRequest, type VerificationRequest } from './verification.requests';

@ApiTags('Verification')
@ApiCallerHeaders()
@Controller('v1/verifications')
export class VerificationController {
  constructor(private readonly verifications: VerificationService) {}

  /** A relying party checks the identity presented at its counter: match, or mismatch with the fields. */
  @Post()
  @HttpCode(200)
  @ApiZodBody(verificationRequest)
  verify(
    @Caller(['relying-party', 'police']) caller: CallerContext,
    @Body(new ZodValidationPipe(verificationRequest)) body: VerificationRequest,
  ) {
    return this.verifications.verify(caller.agency, body);
  }
}
