import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ApiTags } from '@nestjs/swagger';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import type { z } from 'zod';
import { citizenLookupsRequest } from './citizen-lookups.request';
import { CitizenQueryService } from './citizen-query.service';
import { CitizenService } from './citizen.service';
import { requireIdNumber } from './id-number';
import { registerCitizenRequest, type RegisterCitizenRequest } from './register-citizen.request';

@ApiTags('Citizens')
@ApiCallerHeaders()
@Controller('v1/citizens')
export class CitizenController {
  constructor(
    private readonly queries: CitizenQueryService,
    private readonly citizens: CitizenService,
  ) {}

  /** A citizen's data, limited to the fields the caller's role may see. */
  @Get(':idNumber')
  lookup(@Caller() caller: CallerContext, @Param('idNumber') idNumber: string) {
    return this.queries.lookup(caller, requireIdNumber(idNumber));
  }

  /**
   * Several citizens in one call: 200 with one result per lookup, in order — `{ status: 200, answer }` (the
   * caller's view, as GET /v1/citizens/{id} answers it) or `{ status: 404 | 400, problem }` — each audited.
   */
  @Post('batch')
  @HttpCode(200)
  @ApiZodBody(citizenLookupsRequest)
  lookupMany(
    @Caller() caller: CallerContext,
    @Body(new ZodValidationPipe(citizenLookupsRequest)) body: z.output<typeof citizenLookupsRequest>,
  ) {
    return this.queries.lookupMany(caller, body.lookups);
  }

  /** Enters a person who already holds an ID number (police only). */
  @Post()
  @HttpCode(201)
  @ApiZodBody(registerCitizenRequest)
  register(
    @Caller(['police']) caller: CallerContext,
    @Body(new ZodValidationPipe(registerCitizenRequest)) body: RegisterCitizenRequest,
  ) {
    return this.citizens.register(caller, body);
  }
}
