import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ApiTags } from '@nestjs/swagger';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { ResidenceService } from './residence.service';
import {
  absenceRequest,
  registerResidenceRequest,
  removeResidenceRequest,
  type AbsenceRequest,
  type RegisterResidenceRequest,
  type RemoveResidenceRequest,
} from './residence.requests';

/** Residence is the police's register; other agencies ask through their procedures (one-stop dossiers). */
@ApiTags('Residence')
@ApiCallerHeaders()
@Controller('v1')
export class ResidenceController {
  constructor(private readonly residence: ResidenceService) {}

  @Post('residences')
  @HttpCode(201)
  @ApiZodBody(registerResidenceRequest)
  register(
    @Caller(['police', 'one-stop']) caller: CallerContext,
    @Body(new ZodValidationPipe(registerResidenceRequest)) body: RegisterResidenceRequest,
  ) {
    return this.residence.register(caller, body);
  }

  @Post('residence-removals')
  @HttpCode(201)
  @ApiZodBody(removeResidenceRequest)
  remove(
    @Caller(['police', 'one-stop']) caller: CallerContext,
    @Body(new ZodValidationPipe(removeResidenceRequest)) body: RemoveResidenceRequest,
  ) {
    return this.residence.remove(caller, body);
  }

  @Post('temporary-absences')
  @HttpCode(201)
  @ApiZodBody(absenceRequest)
  declareAbsence(
    @Caller(['police', 'one-stop']) caller: CallerContext,
    @Body(new ZodValidationPipe(absenceRequest)) body: AbsenceRequest,
  ) {
    return this.residence.declareAbsence(caller, body);
  }
}
