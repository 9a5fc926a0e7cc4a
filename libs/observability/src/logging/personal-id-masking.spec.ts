import { maskPersonalId, maskPersonalIds, maskPersonalIdsInText } from './personal-id-masking';

describe('maskPersonalIds', () => {
  it('keeps the first and last three digits of a 12-digit ID', () => {
    expect(maskPersonalId('038090001234')).toBe('038******234');
  });

  it('masks every standalone 12-digit run in text, wherever it sits', () => {
    expect(maskPersonalIdsInText('GET /v1/citizens/038090001234?x=001099012345')).toBe(
      'GET /v1/citizens/038******234?x=001******345',
    );
    expect(maskPersonalIdsInText('cccd:038090001234,CCCD038090001234.')).toBe(
      'cccd:038******234,CCCD038******234.',
    );
  });

  it('leaves 13+ digit numbers (epoch millis, BHYT SI numbers) and 11-digit numbers alone', () => {
    const text = 'at 1732250000000 card TE1380123456789 phone 09012345678 big 0380900012345';
    expect(maskPersonalIdsInText(text)).toBe(text);
  });

  it('masks deep objects, arrays and keys without touching the original', () => {
    const input = {
      citizen: { id: '038090001234', household: ['001099012345', 'HK-1'] },
      '038090001234': 1,
      count: 12,
      numericId: 123456789012,
      at: new Date(0),
    };
    const masked = maskPersonalIds(input);
    expect(masked).toEqual({
      citizen: { id: '038******234', household: ['001******345', 'HK-1'] },
      '038******234': 1,
      count: 12,
      numericId: '123******012',
      at: new Date(0),
    });
    expect(input.citizen.id).toBe('038090001234');
  });

  it('masks error message, stack and cause but keeps the error class', () => {
    class LookupError extends Error {}
    const error = new LookupError('citizen 038090001234 not found', { cause: new Error('row 001099012345') });
    const masked = maskPersonalIds(error) as LookupError & { cause: Error };
    expect(masked).toBeInstanceOf(LookupError);
    expect(masked.message).toBe('citizen 038******234 not found');
    expect(masked.stack).toContain('citizen 038******234 not found');
    expect(masked.stack).not.toContain('038090001234');
    expect(masked.cause.message).toBe('row 001******345');
  });

  it('survives cycles', () => {
    const node: Record<string, unknown> = { id: '038090001234' };
    node.self = node;
    const masked = maskPersonalIds(node) as Record<string, unknown>;
    expect(masked.id).toBe('038******234');
    expect(masked.self).toBe(masked);
  });
});
