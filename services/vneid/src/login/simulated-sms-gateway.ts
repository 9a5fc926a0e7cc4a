import { Inject, Injectable } from '@nestjs/common';
import { KEY_VALUE_STORE, type KeyValueStore } from './key-value-store';
import type { OtpDelivery } from './otp-verifier';

const MESSAGE_TTL_MS = 5 * 60_000;

/**
 * Stands in for the SMS gateway: the last code sent to a phone waits in a simulated inbox that the simulated
 * phone (GET /v1/simulated-sms/{phone}) reads once. Codes never go to the logs.
 */
@Injectable()
export class SimulatedSmsGateway implements OtpDelivery {
  constructor(@Inject(KEY_VALUE_STORE) private readonly store: KeyValueStore) {}

  async deliver(phone: string, otp: string): Promise<void> {
    await this.store.set(`sms:${phone}`, otp, MESSAGE_TTL_MS);
  }

  read(phone: string): Promise<string | undefined> {
    return this.store.take(`sms:${phone}`);
  }
}
