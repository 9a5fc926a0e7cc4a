import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { qualifiedTable } from '@d06/messaging';
import { DataSource } from 'typeorm';
import { SigningKeySet } from './signing-key-set.entity';

const CURRENT = 'current';

export interface ProviderKeys {
  /** Private JWKs (RS256 first: the OpenID Connect default for ID tokens; ES256 too). */
  jwks: Record<string, unknown>[];
  cookieKeys: string[];
}

/**
 * Loads the provider's keys, creating them at first start. Two replicas starting together both try to insert;
 * ON CONFLICT keeps the first, and both then read the same row.
 */
@Injectable()
export class SigningKeysService {
  constructor(private readonly dataSource: DataSource) {}

  async load(now: Date): Promise<ProviderKeys> {
    const table = qualifiedTable(this.dataSource.manager, SigningKeySet);
    const candidate = generateKeys();
    await this.dataSource.query(
      `INSERT INTO ${table} (id, jwks, cookie_keys, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`,
      [CURRENT, JSON.stringify(candidate.jwks), JSON.stringify(candidate.cookieKeys), now],
    );
    const stored = await this.dataSource.getRepository(SigningKeySet).findOneByOrFail({ id: CURRENT });
    return { jwks: stored.jwks, cookieKeys: stored.cookieKeys };
  }
}

function generateKeys(): ProviderKeys {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return {
    jwks: [
      { ...rsa, kid: `rs-${randomUUID()}`, alg: 'RS256', use: 'sig' },
      { ...ec, kid: `es-${randomUUID()}`, alg: 'ES256', use: 'sig' },
    ],
    cookieKeys: [randomBytes(32).toString('base64url')],
  };
}
