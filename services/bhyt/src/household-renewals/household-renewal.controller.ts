import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { householdRenewalRequest, type HouseholdRenewalRequest } from './household-renewal.request';
import { HouseholdRenewalService } from './household-renewal.service';

@ApiTags('Household renewals')
@Controller('v1/household-renewals')
export class HouseholdRenewalController {
  constructor(private readonly renewals: HouseholdRenewalService) {}

  /** Renews a household's cards with the premium deduction (essential service 17); 201 with each member's premium. */
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: "Renew a household's cards with the premium deduction (essential service 17)" })
  @ApiZodBody(householdRenewalRequest)
  @ApiServiceUnavailableResponse({
    description:
      'The premium-confirmation step failed (the reported fault, injected): nothing renewed, retry',
  })
  renew(@Body(new ZodValidationPipe(householdRenewalRequest)) body: HouseholdRenewalRequest) {
    return this.renewals.renew(body);
  }
}
