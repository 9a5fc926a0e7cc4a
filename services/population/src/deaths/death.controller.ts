import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ApiTags } from '@nestjs/swagger';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { DeathService } from './death.service';
import { deathRequest, type DeathRequest } from './death.request';

@ApiTags('Deaths')
@ApiCallerHeaders()
@Controller('v1/deaths')
export class DeathController {
  constructor(private readonly deaths: DeathService) {}

  @Post()
  @HttpCode(201)
  @ApiZodBody(deathRequest)
  record(
    @Caller(['civil-status', 'police']) caller: CallerContext,
    @Body(new ZodValidationPipe(deathRequest)) body: DeathRequest,
  ) {
    return this.deaths.record(caller, body);
  }
}
