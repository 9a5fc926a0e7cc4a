import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import type { Request, Response } from 'express';
import type Provider from 'oidc-provider';
import type { InteractionResults } from 'oidc-provider';
import { LoginService } from '../login/login.service';
import { OtpVerifier } from '../login/otp-verifier';
import { AccountDirectory } from '../accounts/account-directory';
import { acceptedLevels, ACR_OF_LEVEL } from '../oidc/acr-levels';
import { OIDC_PROVIDER } from '../oidc/oidc.tokens';
import { VneidError } from '../vneid.errors';
import { renderLoginPage } from './login-page';
import { loginForm, otpForm, type LoginForm, type OtpForm } from './login.requests';

type Details = Awaited<ReturnType<Provider['interactionDetails']>>;

/**
 * The login interaction of the OpenID Connect flow. People use the HTML page; automated relying parties post the
 * same form (urlencoded, or JSON for a JSON answer) with the interaction cookie. Both call LoginService.login.
 */
@ApiTags('Login interaction')
@Controller('interaction')
export class InteractionController {
  constructor(
    @Inject(OIDC_PROVIDER) private readonly provider: Provider,
    private readonly logins: LoginService,
    private readonly otp: OtpVerifier,
    private readonly directory: AccountDirectory,
  ) {}

  @Get(':uid')
  @ApiOperation({ summary: 'The login page of an authorization request (HTML)' })
  async page(@Param('uid') uid: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const details = await this.details(req, res, uid);
    if (details.prompt.name !== 'login') {
      // Registered clients are first-party: a consent prompt is granted (loadExistingGrant makes the grant).
      res.redirect(
        303,
        await this.provider.interactionResult(req, res, { consent: {} }, { mergeWithLastSubmission: true }),
      );
      return;
    }
    res.type('html').send(await this.render(details, undefined));
  }

  @Post(':uid/login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in (ID number, password, OTP): 303 to the authorization endpoint, or {redirectTo} for JSON',
  })
  @ApiZodBody(loginForm)
  @ApiOkResponse({
    description: 'JSON callers: { "redirectTo": "<the URL to follow with the same cookies>" }',
  })
  async login(
    @Param('uid') uid: string,
    @Body(new ZodValidationPipe(loginForm)) form: LoginForm,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const json = Boolean(req.is('application/json'));
    await this.logins.admit(req.ip ?? 'unknown', form.idNumber);
    const details = await this.details(req, res, uid);
    const clientId = String(details.params.client_id);
    let result: InteractionResults;
    try {
      const outcome = await this.logins.login({
        ...form,
        clientId,
        acceptedLevels: acceptedLevels(details.params),
      });
      result = outcome.ok
        ? { login: { accountId: outcome.accountId, acr: outcome.acr, amr: ['pwd', 'otp'], remember: true } }
        : { error: 'unmet_authentication_requirements', error_description: outcome.description };
    } catch (error) {
      if (json || !(error instanceof VneidError)) throw error;
      res
        .status(error.status)
        .type('html')
        .send(this.render(details, error.title, form.idNumber));
      return;
    }
    const redirectTo = await this.provider.interactionResult(req, res, result, {
      mergeWithLastSubmission: false,
    });
    if (json) res.status(200).json({ redirectTo });
    else res.redirect(303, redirectTo);
  }

  @Post(':uid/otp')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a one-time code to the phone of the account (outside test mode)' })
  @ApiZodBody(otpForm)
  async sendOtp(
    @Param('uid') uid: string,
    @Body(new ZodValidationPipe(otpForm)) form: OtpForm,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.logins.admit(req.ip ?? 'unknown', form.idNumber);
    const details = await this.details(req, res, uid);
    const phone = await this.directory.phoneOfActive(form.idNumber);
    if (phone) await this.otp.issue(phone);
    // The same answer whether or not there is an account: the page must not reveal who holds one.
    const notice = 'Nếu tài khoản tồn tại, mã OTP đã được gửi tới số điện thoại đã đăng ký.';
    if (req.is('application/json')) res.status(202).json({ sent: true });
    else
      res
        .status(202)
        .type('html')
        .send(this.render(details, undefined, form.idNumber, notice));
  }

  private async details(req: Request, res: Response, uid: string): Promise<Details> {
    try {
      const details = await this.provider.interactionDetails(req, res);
      if (details.uid !== uid) throw new Error('interaction mismatch');
      return details;
    } catch (error) {
      throw new VneidError('INTERACTION_NOT_FOUND', { cause: error });
    }
  }

  private async render(
    details: Details,
    error: string | undefined,
    idNumber?: string,
    notice?: string,
  ): Promise<string> {
    const accepted = acceptedLevels(details.params);
    const client = await this.provider.Client.find(String(details.params.client_id));
    return renderLoginPage({
      uid: details.uid,
      clientName: client?.clientName ?? String(details.params.client_id),
      requiredAcr: accepted ? ACR_OF_LEVEL[Math.min(...accepted) as 1 | 2] : undefined,
      testMode: this.otp.testMode,
      error,
      idNumber,
      notice,
    });
  }
}
