import { Body, Controller, Get, HttpCode, Param, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { FacilityService } from './facility.service';
import {
  facilityCode,
  facilityQuery,
  facilityRequest,
  type FacilityQuery,
  type FacilityRequest,
} from './facility.requests';

@ApiTags('Facilities')
@Controller('v1/facilities')
export class FacilityController {
  constructor(private readonly facilities: FacilityService) {}

  /** The registry, with the report's counts: facilities and those checking patients in with the chip ID card. */
  @Get()
  @ApiOperation({ summary: "The facility registry, with the report's counts" })
  @ApiQuery({ name: 'provinceCode', required: false, description: '3-digit province code' })
  list(@Query(new ZodValidationPipe(facilityQuery)) query: FacilityQuery) {
    return this.facilities.list(query);
  }

  /** Registers a facility (201) or changes its record (200). */
  @Put(':facilityCode')
  @HttpCode(200)
  @ApiOperation({ summary: 'Register a facility or change its record (facility.updated when it changes)' })
  @ApiCreatedResponse({ description: 'Registered' })
  @ApiOkResponse({ description: 'Changed, or already so' })
  @ApiZodBody(facilityRequest)
  async put(
    @Param('facilityCode', new ZodValidationPipe(facilityCode)) code: string,
    @Body(new ZodValidationPipe(facilityRequest)) body: FacilityRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { facility, created } = await this.facilities.put(code, body);
    if (created) response.status(201);
    return facility;
  }
}
