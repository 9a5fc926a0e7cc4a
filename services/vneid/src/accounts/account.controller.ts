import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { OtpVerifier } from '../login/otp-verifier';
import { VneidError } from '../vneid.errors';
import { AccountDirectory } from './account-directory';
import { AccountLifecycleService } from './account-lifecycle.service';
import {
  activationRequest,
  level1Request,
  level2Registration,
  lockRequest,
  revokeRequest,
  type ActivationRequest,
  type Level1Request,
  type Level2Registration,
  type LockRequest,
  type RevokeRequest,
} from './account.requests';
import { IdNumberPipe } from './id-number.pipe';

@ApiTags('Accounts')
@ApiCallerHeaders()
@Controller('v1/accounts')
export class AccountController {
  constructor(
    private readonly lifecycle: AccountLifecycleService,
    private readonly directory: AccountDirectory,
    private readonly otp: OtpVerifier,
  ) {}

  /** A level-1 request from the app; verified against the population database, approved after the delay. */
  @Post('level1-requests')
  @HttpCode(201)
  @ApiZodBody(level1Request)
  requestLevel1(
    @Caller(['app']) _caller: CallerContext,
    @Body(new ZodValidationPipe(level1Request)) body: Level1Request,
  ) {
    return this.lifecycle.requestLevel1(body);
  }

  /** Level 2 in person at the police (fingerprint checked): a new account, or the upgrade of a level-1 one. */
  @Post('level2-registrations')
  @HttpCode(201)
  @ApiZodBody(level2Registration)
  registerLevel2(
    @Caller(['police']) _caller: CallerContext,
    @Body(new ZodValidationPipe(level2Registration)) body: Level2Registration,
  ) {
    return this.lifecycle.registerLevel2(body);
  }

  @Get(':idNumber')
  view(@Caller() _caller: CallerContext, @Param('idNumber', new IdNumberPipe()) idNumber: string) {
    return this.directory.view(idNumber);
  }

  /** Sends the activation code to the phone the request named (outside test mode; see /v1/simulated-sms). */
  @Post(':idNumber/activation-otp')
  @HttpCode(202)
  async sendActivationOtp(
    @Caller(['app']) _caller: CallerContext,
    @Param('idNumber', new IdNumberPipe()) idNumber: string,
  ): Promise<{ sent: true }> {
    const account = await this.directory.find(idNumber);
    if (!account) throw new VneidError('ACCOUNT_NOT_FOUND');
    if (account.status !== 'approved') {
      throw new VneidError('ACCOUNT_STATE_CONFLICT', {
        detail: `the account is ${account.status}, not approved`,
      });
    }
    await this.otp.issue(account.phone);
    return { sent: true };
  }

  @Post(':idNumber/activation')
  @HttpCode(200)
  @ApiZodBody(activationRequest)
  activate(
    @Caller(['app']) _caller: CallerContext,
    @Param('idNumber', new IdNumberPipe()) idNumber: string,
    @Body(new ZodValidationPipe(activationRequest)) body: ActivationRequest,
  ) {
    return this.lifecycle.activate(idNumber, body);
  }

  @Post(':idNumber/lock')
  @HttpCode(200)
  @ApiZodBody(lockRequest)
  lock(
    @Caller(['app', 'police']) _caller: CallerContext,
    @Param('idNumber', new IdNumberPipe()) idNumber: string,
    @Body(new ZodValidationPipe(lockRequest)) body: LockRequest,
  ) {
    return this.lifecycle.lock(idNumber, body);
  }

  /** Unlocks a locked account, or ends a lock after failed logins early (at the police). */
  @Post(':idNumber/unlock')
  @HttpCode(200)
  unlock(
    @Caller(['police']) _caller: CallerContext,
    @Param('idNumber', new IdNumberPipe()) idNumber: string,
  ) {
    return this.lifecycle.unlock(idNumber);
  }

  /** Revokes for good (a duplicate, or by the police); a death revokes through citizen.deceased. */
  @Post(':idNumber/revocation')
  @HttpCode(200)
  @ApiZodBody(revokeRequest)
  async revoke(
    @Caller(['police']) _caller: CallerContext,
    @Param('idNumber', new IdNumberPipe()) idNumber: string,
    @Body(new ZodValidationPipe(revokeRequest)) body: RevokeRequest,
  ) {
    if (!(await this.lifecycle.revoke(idNumber, body.reason))) {
      const account = await this.directory.find(idNumber);
      if (!account) throw new VneidError('ACCOUNT_NOT_FOUND');
      throw new VneidError('ACCOUNT_STATE_CONFLICT', { detail: 'the account is already revoked' });
    }
    return this.directory.view(idNumber);
  }
}
