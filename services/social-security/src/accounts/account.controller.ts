import { CallerError } from '@d06/platform';
import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { accountDeclaration, type AccountDeclaration } from './account.requests';
import { AccountService } from './account.service';

/** Which caller may declare through which channel: the VNeID app for itself, an office at its counter. */
const CHANNEL_OF_ROLE = { vneid: 'vneid', social: 'counter' } as const;

@ApiTags('Accounts (ID → account mapping)')
@ApiCallerHeaders()
@Controller('v1/accounts')
export class AccountController {
  constructor(private readonly accounts: AccountService) {}

  /** Declares the account payments go to: 201 when the ID number had none, 200 when replaced or unchanged. */
  @Put(':idNumber')
  @ApiZodBody(accountDeclaration)
  async declare(
    @Caller(['vneid', 'social']) caller: CallerContext,
    @Param('idNumber') idNumber: string,
    @Body(new ZodValidationPipe(accountDeclaration)) body: AccountDeclaration,
    @Res({ passthrough: true }) response: Response,
  ) {
    const allowed = CHANNEL_OF_ROLE[caller.role as keyof typeof CHANNEL_OF_ROLE];
    if (body.channel !== allowed) {
      throw new CallerError('ROLE_NOT_ALLOWED', {
        detail: `role ${caller.role} declares through channel ${allowed}, not ${body.channel}`,
      });
    }
    const declared = await this.accounts.declare(idNumber, body);
    response.status(declared.outcome === 'linked' ? 201 : 200);
    return declared;
  }

  /** Where to pay this ID number: active (with the account), inactive, not-linked or not-found. */
  @Get(':idNumber/resolve')
  resolve(
    @Caller(['social', 'one-stop', 'public-service']) _caller: CallerContext,
    @Param('idNumber') idNumber: string,
  ) {
    return this.accounts.resolve(idNumber);
  }
}
