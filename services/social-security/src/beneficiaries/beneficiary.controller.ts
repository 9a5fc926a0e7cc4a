import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { BeneficiaryReviewService } from './beneficiary-review.service';
import {
  enrolmentRequest,
  reviewRequest,
  type EnrolmentRequest,
  type ReviewRequest,
} from './beneficiary.requests';
import { BeneficiaryService } from './beneficiary.service';

@ApiTags('Beneficiaries')
@ApiCallerHeaders()
@Controller('v1')
export class BeneficiaryController {
  constructor(
    private readonly beneficiaries: BeneficiaryService,
    private readonly reviews: BeneficiaryReviewService,
  ) {}

  /** Enrols a person once the record matches the population database (422 with the differing fields if not). */
  @Post('beneficiaries')
  @HttpCode(201)
  @ApiZodBody(enrolmentRequest)
  enrol(
    @Caller(['social']) _caller: CallerContext,
    @Body(new ZodValidationPipe(enrolmentRequest)) body: EnrolmentRequest,
  ) {
    return this.beneficiaries.enrol(body);
  }

  @Get('beneficiaries/:idNumber')
  get(@Caller(['social', 'one-stop']) _caller: CallerContext, @Param('idNumber') idNumber: string) {
    return this.beneficiaries.get(idNumber);
  }

  /** Reviews every active beneficiary of a province against the population database; answers when done. */
  @Post('beneficiary-reviews')
  @HttpCode(200)
  @ApiZodBody(reviewRequest)
  review(
    @Caller(['social']) _caller: CallerContext,
    @Body(new ZodValidationPipe(reviewRequest)) body: ReviewRequest,
  ) {
    return this.reviews.review(body.provinceCode);
  }
}
