import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { funeralAllowanceRequest, type FuneralAllowanceRequest } from './funeral-allowance.request';
import { FuneralAllowanceService } from './funeral-allowance.service';

@ApiTags('Funeral allowances (linked procedure 2)')
@ApiCallerHeaders()
@Controller('v1/funeral-allowances')
export class FuneralAllowanceController {
  constructor(private readonly allowances: FuneralAllowanceService) {}

  /** Grants and pays the allowance: 201 the first time, 200 with the same allowance when asked again. */
  @Post()
  @ApiZodBody(funeralAllowanceRequest)
  async grant(
    @Caller(['one-stop', 'social']) _caller: CallerContext,
    @Body(new ZodValidationPipe(funeralAllowanceRequest)) body: FuneralAllowanceRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { created, allowance } = await this.allowances.grant(body);
    response.status(created ? 201 : 200);
    return allowance;
  }
}
