import { acceptedLevels, achievedAcr, levelOfAcr } from './acr-levels';

describe('acr levels', () => {
  it('reads the accepted levels from acr_values and the claims parameter, ignoring unknown values', () => {
    expect(acceptedLevels({ acr_values: 'vneid:loa2' })).toEqual(new Set([2]));
    expect(acceptedLevels({ acr_values: 'urn:other vneid:loa1' })).toEqual(new Set([1]));
    expect(
      acceptedLevels({
        claims: JSON.stringify({ id_token: { acr: { essential: true, values: ['vneid:loa2'] } } }),
      }),
    ).toEqual(new Set([2]));
    expect(acceptedLevels({ claims: { id_token: { acr: { value: 'vneid:loa1' } } } })).toEqual(new Set([1]));
    expect(acceptedLevels({ acr_values: 'urn:other' })).toBeUndefined();
    expect(acceptedLevels({ claims: '{not json' })).toBeUndefined();
  });

  it('refuses a level-1 account when only level 2 is accepted', () => {
    expect(achievedAcr(1, new Set([2]))).toEqual({ ok: false, required: 2 });
  });

  it('achieves the highest accepted level the account meets, or the account level when none was named', () => {
    expect(achievedAcr(1, new Set([1, 2]))).toEqual({ ok: true, acr: 'vneid:loa1' });
    expect(achievedAcr(2, new Set([1, 2]))).toEqual({ ok: true, acr: 'vneid:loa2' });
    expect(achievedAcr(2, new Set([1]))).toEqual({ ok: true, acr: 'vneid:loa1' });
    expect(achievedAcr(2, undefined)).toEqual({ ok: true, acr: 'vneid:loa2' });
    expect(achievedAcr(1, undefined)).toEqual({ ok: true, acr: 'vneid:loa1' });
  });

  it('maps acr values back to levels', () => {
    expect([levelOfAcr('vneid:loa1'), levelOfAcr('vneid:loa2'), levelOfAcr('loa2')]).toEqual([
      1,
      2,
      undefined,
    ]);
  });
});
