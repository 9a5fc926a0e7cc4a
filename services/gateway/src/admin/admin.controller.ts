import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { z } from 'zod';
import { faultSpecSchema, type FaultSpec } from '../faults/fault-spec';
import { MessageLogVerifier } from '../message-log/message-log.verifier';
import { RegistryStore } from '../registry/registry-store';
import {
  memberSchema,
  newSubsystemSchema,
  rightSchema,
  serviceSchema,
  type MemberEntry,
  type RightEntry,
  type ServiceEntry,
} from '../registry/registry.schema';
import { AdminKeyGuard } from './admin-key.guard';
import { AdminError } from './admin.errors';
import { RegistryAdminService } from './registry-admin.service';

const serviceIdParam = z
  .string()
  .regex(
    /^[^/\s]+\/[^/\s]+\/[^/\s]+\/[^/\s]+\/[^/\s]+$/,
    'must be INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE (percent-encode the "/")',
  );

@ApiTags('Admin')
@ApiHeader({ name: 'x-admin-key', required: true, description: 'The admin key (GATEWAY_ADMIN_KEY)' })
@UseGuards(AdminKeyGuard)
@Controller('admin')
export class AdminController {
  constructor(
    private readonly admin: RegistryAdminService,
    private readonly store: RegistryStore,
    private readonly verifier: MessageLogVerifier,
  ) {}

  @Get('registry')
  @ApiOperation({ summary: 'The registry as it routes now: checked-in entries merged with run-time ones' })
  registry() {
    return this.admin.snapshot();
  }

  @Post('members')
  @ApiOperation({ summary: 'Add (or rename) a member: INSTANCE/CLASS/CODE with its name' })
  @ApiZodBody(memberSchema)
  addMember(@Body(new ZodValidationPipe(memberSchema)) body: MemberEntry) {
    return this.admin.addMember(body);
  }

  @Post('subsystems')
  @ApiOperation({ summary: 'Add or change a subsystem (client or provider); API keys are stored as hashes' })
  @ApiZodBody(newSubsystemSchema)
  addSubsystem(@Body(new ZodValidationPipe(newSubsystemSchema)) body: z.output<typeof newSubsystemSchema>) {
    return this.admin.addSubsystem(body);
  }

  @Post('services')
  @ApiOperation({ summary: 'Add or change a service: provider URL, cost, cache, personal data, endpoints' })
  @ApiZodBody(serviceSchema)
  addService(@Body(new ZodValidationPipe(serviceSchema)) body: ServiceEntry) {
    return this.admin.addService(body);
  }

  @Post('rights')
  @ApiOperation({ summary: "Grant a client subsystem a service's endpoints (replaces that pair's right)" })
  @ApiZodBody(rightSchema)
  grant(@Body(new ZodValidationPipe(rightSchema)) body: RightEntry) {
    return this.admin.grant(body);
  }

  @Get('faults')
  @ApiOperation({ summary: 'The faults injected now, per service' })
  async listFaults() {
    await this.store.refresh(); // another worker may have set them since this one last looked
    return { faults: this.store.injectedFaults() };
  }

  @Put('faults/:serviceId')
  @ApiOperation({ summary: "Inject faults into a service's calls: latency, error rate, outages, peak hours" })
  @ApiZodBody(faultSpecSchema)
  async setFaults(
    @Param('serviceId', new ZodValidationPipe(serviceIdParam)) serviceId: string,
    @Body(new ZodValidationPipe(faultSpecSchema)) body: FaultSpec,
  ) {
    if (!this.store.registry.service(serviceId)) {
      throw new AdminError('UNKNOWN_SERVICE', { detail: `${serviceId} is not a service of the registry` });
    }
    await this.store.put('fault', serviceId, body);
    return { serviceId, faults: body };
  }

  @Delete('faults/:serviceId')
  @HttpCode(204)
  @ApiOperation({ summary: "Remove a service's injected faults" })
  async clearFaults(@Param('serviceId', new ZodValidationPipe(serviceIdParam)) serviceId: string) {
    if (!(await this.store.remove('fault', serviceId))) {
      throw new AdminError('NO_FAULTS', { detail: `${serviceId} has no injected faults` });
    }
  }

  @Get('message-log/verify')
  @ApiOperation({ summary: "Verify the message log's hash chains (one per writer process)" })
  async verify(@Query('chain') chain?: string) {
    const chains = chain ? [chain] : await this.verifier.chains();
    const results = [];
    for (const name of chains) results.push(await this.verifier.verify(name));
    return { valid: results.every((r) => r.valid), chains: results };
  }
}
