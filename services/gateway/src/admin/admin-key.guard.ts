import { timingSafeEqual, createHash } from 'node:crypto';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import type { GatewayConfig } from '../config/gateway.config';
import { AdminError } from './admin.errors';

/** The admin API is the registry's and the faults' control plane: only with the admin key (`x-admin-key`). */
@Injectable()
export class AdminKeyGuard implements CanActivate {
  private readonly expected: Buffer;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.expected = createHash('sha256').update(config.GATEWAY_ADMIN_KEY).digest();
  }

  canActivate(context: ExecutionContext): boolean {
    const given = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers[
      'x-admin-key'
    ];
    const digest = createHash('sha256')
      .update(typeof given === 'string' ? given : '')
      .digest();
    if (typeof given !== 'string' || !timingSafeEqual(digest, this.expected)) {
      throw new AdminError('ADMIN_KEY_REQUIRED', { detail: 'send the admin key in x-admin-key' });
    }
    return true;
  }
}
