import type Redis from 'ioredis';
import type { Adapter, AdapterPayload } from 'oidc-provider';

// Models whose records hang off a grant (revoked together) and those that are consumed once (codes).
const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);
const CONSUMABLE = new Set([
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);

/**
 * oidc-provider's storage on Redis: sessions, interactions, grants, codes and tokens, shared by every replica and
 * expiring with Redis TTLs. Consumable records are hashes, so consuming a code is one atomic HSET and a replayed
 * code is seen as consumed (oidc-provider then revokes the grant's tokens).
 */
export function redisOidcAdapter(redis: Redis, prefix: string): new (name: string) => Adapter {
  const grantKey = (id: string): string => `${prefix}grant:${id}`;
  const uidKey = (uid: string): string => `${prefix}uid:${uid}`;
  const userCodeKey = (code: string): string => `${prefix}userCode:${code}`;

  return class RedisOidcAdapter implements Adapter {
    constructor(private readonly name: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const key = this.key(id);
      const multi = redis.multi();
      if (CONSUMABLE.has(this.name)) multi.hset(key, { payload: JSON.stringify(payload) });
      else multi.set(key, JSON.stringify(payload));
      if (expiresIn) multi.expire(key, expiresIn);
      if (GRANTABLE.has(this.name) && payload.grantId) {
        const grant = grantKey(payload.grantId);
        multi.rpush(grant, key);
        const ttl = await redis.ttl(grant);
        if (expiresIn > ttl) multi.expire(grant, expiresIn);
      }
      if (payload.userCode) multi.set(userCodeKey(payload.userCode), id, 'EX', expiresIn);
      if (payload.uid) multi.set(uidKey(payload.uid), id, 'EX', expiresIn);
      await multi.exec();
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      const key = this.key(id);
      if (CONSUMABLE.has(this.name)) {
        const data = await redis.hgetall(key);
        if (!data.payload) return undefined;
        const { payload, consumed } = data;
        return {
          ...(JSON.parse(payload) as AdapterPayload),
          ...(consumed ? { consumed: Number(consumed) } : {}),
        };
      }
      const data = await redis.get(key);
      return data ? (JSON.parse(data) as AdapterPayload) : undefined;
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      const id = await redis.get(uidKey(uid));
      return id ? this.find(id) : undefined;
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      const id = await redis.get(userCodeKey(userCode));
      return id ? this.find(id) : undefined;
    }

    async consume(id: string): Promise<void> {
      await redis.hset(this.key(id), 'consumed', Math.floor(Date.now() / 1000));
    }

    async destroy(id: string): Promise<void> {
      await redis.del(this.key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      const grant = grantKey(grantId);
      const keys = await redis.lrange(grant, 0, -1);
      const multi = redis.multi();
      for (const key of keys) multi.del(key);
      multi.del(grant);
      await multi.exec();
    }

    private key(id: string): string {
      return `${prefix}${this.name}:${id}`;
    }
  };
}
