import { VerifiedTokenCache } from './verified-token-cache';

describe('VerifiedTokenCache', () => {
  let now = 1_000_000;
  const clock = () => now;

  it('answers for a token within its lifetime and forgets it afterwards', () => {
    const cache = new VerifiedTokenCache<string>(30_000, 10, clock);
    cache.set('t1', 'alice');
    now += 29_999;
    expect(cache.get('t1')).toBe('alice');
    now += 1;
    expect(cache.get('t1')).toBeUndefined();
  });

  it("never keeps an answer past the token's expiry", () => {
    const cache = new VerifiedTokenCache<string>(30_000, 10, clock);
    cache.set('t1', 'alice', now + 5_000);
    now += 5_000;
    expect(cache.get('t1')).toBeUndefined();
    cache.set('t2', 'bob', now - 1); // already expired: not kept at all
    expect(cache.get('t2')).toBeUndefined();
  });

  it('keeps nothing when its lifetime is 0', () => {
    const cache = new VerifiedTokenCache<string>(0, 10, clock);
    cache.set('t1', 'alice');
    expect(cache.get('t1')).toBeUndefined();
  });

  it('drops the oldest entry when full', () => {
    const cache = new VerifiedTokenCache<string>(30_000, 2, clock);
    cache.set('t1', 'alice');
    cache.set('t2', 'bob');
    cache.set('t3', 'carol');
    expect([cache.get('t1'), cache.get('t2'), cache.get('t3')]).toEqual([undefined, 'bob', 'carol']);
  });
});
