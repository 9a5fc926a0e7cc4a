import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ApiTags } from '@nestjs/swagger';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { BirthService } from './birth.service';
import { birthRequest, type BirthRequest } from './birth.request';

@ApiTags('Births')
@ApiCallerHeaders()
@Controller('v1/births')
export class BirthController {
  constructor(private readonly births: BirthService) {}

  /** Registers a birth and answers the child's new personal ID number. */
  @Post()
  @HttpCode(201)
  @ApiZodBody(birthRequest)
  register(
    @Caller(['civil-status', 'police']) caller: CallerContext,
    @Body(new ZodValidationPipe(birthRequest)) body: BirthRequest,
  ) {
    return this.births.register(caller, body);
  }
}
