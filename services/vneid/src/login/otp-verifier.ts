import { randomInt, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { VNEID_CONFIG } from '../config/vneid-config.token';
import type { VneidConfig } from '../config/vneid.config';
import { KEY_VALUE_STORE, type KeyValueStore } from './key-value-store';

/** The fixed one-time code of test mode: automated relying parties complete logins with it. */
export const TEST_MODE_OTP = '111111';
const OTP_TTL_MS = 5 * 60_000;

/** Something that delivers a one-time code to a phone (an SMS gateway; simulated here). */
export interface OtpDelivery {
  deliver(phone: string, otp: string): Promise<void>;
}

export const OTP_DELIVERY = Symbol('OTP_DELIVERY');

/**
 * One-time codes for logins and activation. In test mode the fixed code 111111 is accepted for every phone; else
 * a code is issued on request, delivered to the phone, and accepted once within five minutes.
 */
@Injectable()
export class OtpVerifier {
  constructor(
    @Inject(KEY_VALUE_STORE) private readonly store: KeyValueStore,
    @Inject(OTP_DELIVERY) private readonly delivery: OtpDelivery,
    @Inject(VNEID_CONFIG) private readonly config: VneidConfig,
  ) {}

  get testMode(): boolean {
    return this.config.VNEID_TEST_MODE;
  }

  async issue(phone: string): Promise<void> {
    const otp = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.store.set(`otp:${phone}`, otp, OTP_TTL_MS);
    await this.delivery.deliver(phone, otp);
  }

  async verify(phone: string, otp: string): Promise<boolean> {
    if (this.testMode && otp === TEST_MODE_OTP) return true;
    const issued = await this.store.take(`otp:${phone}`);
    return (
      issued !== undefined &&
      issued.length === otp.length &&
      timingSafeEqual(Buffer.from(issued), Buffer.from(otp))
    );
  }
}
