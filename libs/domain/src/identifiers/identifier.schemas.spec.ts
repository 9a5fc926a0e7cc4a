import { bhytCardCodeSchema, personalIdSchema } from './identifier.schemas';

describe('identifier zod schemas', () => {
  it('passes valid values through and reports the failed rule of invalid ones', () => {
    expect(personalIdSchema.parse('038095001234')).toBe('038095001234');
    const bad = personalIdSchema.safeParse('038495001234');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ code: 'custom', params: { rule: 'century' } });
  });

  it('parses a card code into its parts and carries the BHXH result code of a bad one', () => {
    expect(bhytCardCodeSchema.parse('HT3797912345678')).toMatchObject({ group: 'HT', provinceCode2: '79' });
    const bad = bhytCardCodeSchema.safeParse('HT3037912345678');
    expect(bad.error?.issues[0]).toMatchObject({ params: { rule: 'province', resultCode: '052' } });
  });
});
