import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { z } from 'zod';
import { openingBalancesRequest, type OpeningBalancesRequest } from '../report/report.requests';
import { OpeningBalanceService } from './opening-balance.service';

const provinceQuery = z
  .object({
    province: z
      .string()
      .regex(/^\d{2,3}$/, 'a province code: 2 or 3 digits')
      .transform((p) => p.padStart(3, '0')),
  })
  .strict();

@ApiTags('Opening balances')
@Controller('v1/opening-balances')
export class OpeningBalanceController {
  constructor(private readonly balances: OpeningBalanceService) {}

  /** Sets cumulative values carried in from before the simulated period (merged unless `replace`). */
  @Put()
  @ApiZodBody(openingBalancesRequest)
  set(@Body(new ZodValidationPipe(openingBalancesRequest)) body: OpeningBalancesRequest) {
    return this.balances.set(body);
  }

  /** The province's opening balances, by report path. */
  @Get()
  @ApiQuery({ name: 'province', required: true, description: '2- or 3-digit province code' })
  get(@Query(new ZodValidationPipe(provinceQuery)) query: { province: string }) {
    return this.balances.get(query.province);
  }
}
