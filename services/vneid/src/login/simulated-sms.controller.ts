import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { VneidError } from '../vneid.errors';
import { SimulatedSmsGateway } from './simulated-sms-gateway';

/** The simulated phone: reads (once) the last one-time code sent to a number. */
@ApiTags('Simulated SMS')
@ApiCallerHeaders()
@Controller('v1/simulated-sms')
export class SimulatedSmsController {
  constructor(private readonly sms: SimulatedSmsGateway) {}

  @Get(':phone')
  async read(
    @Caller(['app']) _caller: CallerContext,
    @Param('phone') phone: string,
  ): Promise<{ otp: string }> {
    const otp = await this.sms.read(phone);
    if (!otp) throw new VneidError('NO_MESSAGE');
    return { otp };
  }
}
