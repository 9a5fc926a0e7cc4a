import { Inject, Injectable } from '@nestjs/common';
import { VNEID_CONFIG } from '../config/vneid-config.token';
import type { VneidConfig } from '../config/vneid.config';
import { VneidError } from '../vneid.errors';
import { KEY_VALUE_STORE, type KeyValueStore } from './key-value-store';

const WINDOW_MS = 60_000;

/**
 * Login attempts per minute (real time: it protects the service, not a business rule), per client IP and per ID
 * number, counted across replicas in Redis. Over the limit the attempt is refused before anything is checked.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(KEY_VALUE_STORE) private readonly store: KeyValueStore,
    @Inject(VNEID_CONFIG) private readonly config: VneidConfig,
  ) {}

  async admitLogin(ip: string, idNumber: string): Promise<void> {
    // A window opens at the first attempt and lasts a minute (the counter's TTL is set only when it is created).
    const [byIp, byAccount] = await Promise.all([
      this.store.increment(`rl:ip:${ip}`, WINDOW_MS),
      this.store.increment(`rl:id:${idNumber}`, WINDOW_MS),
    ]);
    if (byIp > this.config.VNEID_RATE_LIMIT_PER_IP || byAccount > this.config.VNEID_RATE_LIMIT_PER_ACCOUNT) {
      throw new VneidError('RATE_LIMITED', {
        detail:
          byIp > this.config.VNEID_RATE_LIMIT_PER_IP
            ? 'too many attempts from this address'
            : 'too many attempts for this account',
      });
    }
  }
}
