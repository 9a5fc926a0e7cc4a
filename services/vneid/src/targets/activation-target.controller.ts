import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { z } from 'zod';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { ActivationTargetService } from './activation-target.service';

const provinceCode = z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit province code');
const targetBody = z.object({ target: z.number().int().min(0).max(200_000_000) }).strict();

@ApiTags('Activation targets')
@ApiCallerHeaders()
@Controller('v1/activation-targets')
export class ActivationTargetController {
  constructor(private readonly targets: ActivationTargetService) {}

  /** Each province's target and the accounts activated so far (all levels, and level 2). */
  @Get()
  progress(@Caller() _caller: CallerContext) {
    return this.targets.progress();
  }

  @Put(':provinceCode')
  @ApiZodBody(targetBody)
  set(
    @Caller(['police']) _caller: CallerContext,
    @Param('provinceCode', new ZodValidationPipe(provinceCode)) province: string,
    @Body(new ZodValidationPipe(targetBody)) body: z.output<typeof targetBody>,
  ) {
    return this.targets.set(province, body.target);
  }
}
