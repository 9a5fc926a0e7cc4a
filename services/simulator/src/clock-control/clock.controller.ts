import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ClockControl, type ClockView } from './clock-control.service';
import { clockChangeSchema, type ClockChange } from './clock-request';

@ApiTags('Business clock')
@Controller('v1/clock')
export class ClockController {
  constructor(private readonly clock: ClockControl) {}

  @Get()
  @ApiOperation({ summary: 'Business time now, and whether the clock is paused and its speed' })
  get(): Promise<ClockView> {
    return this.clock.view();
  }

  @Put()
  @ApiOperation({ summary: 'Jump business time forward, change its speed, pause or resume it' })
  @ApiZodBody(clockChangeSchema)
  @ApiConflictResponse({ description: 'No clock to operate here, or a jump back in time' })
  put(@Body(new ZodValidationPipe(clockChangeSchema)) change: ClockChange): Promise<ClockView> {
    return this.clock.change(change);
  }
}
