import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBody, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from '@d06/platform';
import { z } from 'zod';
import { faultSpecJsonSchema } from './fault-spec.validator';
import { GatewayFaults, type FaultsEntry } from './gateway-faults.service';

/** A gateway service id, as the gateway's admin API takes it (percent-encode the "/" in the path). */
const serviceId = new ZodValidationPipe(
  z
    .string()
    .regex(
      /^[^/\s]+\/[^/\s]+\/[^/\s]+\/[^/\s]+\/[^/\s]+$/,
      'must be INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE, e.g. VN%2FGOV%2F000.00.00.G02%2FBHYT%2Fcard-checks',
    ),
);

@ApiTags('Faults')
@Controller('v1/faults')
export class FaultsController {
  constructor(private readonly faults: GatewayFaults) {}

  @Get()
  @ApiOperation({ summary: 'The faults set at the gateway through this simulator' })
  list(): { faults: FaultsEntry[] } {
    return { faults: this.faults.list() };
  }

  @Get(':serviceId')
  @ApiOperation({ summary: "A service's faults as set through this simulator" })
  @ApiNotFoundResponse({ description: 'None set through this simulator' })
  get(@Param('serviceId', serviceId) id: string): FaultsEntry {
    return this.faults.get(id);
  }

  @Put(':serviceId')
  @ApiOperation({
    summary: "Inject faults into a gateway service's calls (latency, error rate, outages, peak hours)",
    description:
      'Checked here first, then forwarded to the gateway (PUT /admin/faults/{serviceId}); replaces any.',
  })
  @ApiBody({ schema: faultSpecJsonSchema() })
  @ApiNotFoundResponse({ description: 'The gateway has no such service' })
  set(@Param('serviceId', serviceId) id: string, @Body() spec: unknown): Promise<FaultsEntry> {
    return this.faults.set(id, spec);
  }

  @Delete(':serviceId')
  @HttpCode(204)
  @ApiOperation({ summary: "Remove a service's faults at the gateway" })
  @ApiNotFoundResponse({ description: 'The service has no injected faults' })
  clear(@Param('serviceId', serviceId) id: string): Promise<void> {
    return this.faults.clear(id);
  }
}
