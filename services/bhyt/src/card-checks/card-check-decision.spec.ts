import { validateBhytCardCode } from '@d06/domain';
import type { CardRecord, CardView } from '../registry/card-view';
import { compareNames, decideCardCheck, type CardCheckQuery } from './card-check-decision';

const TODAY = '2023-09-15';
const CURRENT: CardRecord = {
  code: 'HS4383812345678',
  validFrom: '2023-01-01',
  validTo: '2023-12-31',
  status: 'active',
  reduction: null,
};
const VIEW: CardView = {
  socialInsuranceNumber: '3812345678',
  idNumber: '038217001234',
  idSynced: true,
  fullName: 'Lê Thị Đào',
  birthDate: '2017-02-14',
  sex: 'female',
  province: '038',
  deceasedOn: null,
  card: CURRENT,
  replaced: [
    {
      code: 'TE1383812345678',
      validFrom: '2017-02-14',
      validTo: '2023-02-13',
      status: 'replaced',
      reduction: null,
    },
  ],
};
const BY_CCCD: CardCheckQuery = {
  presented: { method: 'cccd' },
  fullName: 'Lê Thị Đào',
  birthDate: '2017-02-14',
};
const byCode = (code: string): CardCheckQuery => ({
  ...BY_CCCD,
  presented: { method: 'card-code', code: validateBhytCardCode(code) },
});
const withCard = (card: Partial<CardRecord>): CardView => ({ ...VIEW, card: { ...CURRENT, ...card } });

describe('decideCardCheck', () => {
  it('answers 000 with the card for a valid card, by CCCD or by its code', () => {
    expect(decideCardCheck(BY_CCCD, VIEW, TODAY)).toEqual({
      resultCode: '000',
      success: true,
      card: CURRENT,
    });
    expect(decideCardCheck(byCode(CURRENT.code), VIEW, TODAY).resultCode).toBe('000');
  });

  it('answers 050 when no participant is found (for CCCD: none linked to the number)', () => {
    expect(decideCardCheck(BY_CCCD, null, TODAY)).toEqual({
      resultCode: '050',
      success: false,
      reason: 'card-not-found',
    });
  });

  it('maps a malformed card code to 051, 052 or 053 by the position broken, before any lookup', () => {
    expect(decideCardCheck(byCode('HS438381234567'), VIEW, TODAY)).toMatchObject({
      resultCode: '051',
      reason: 'wrong-card-code',
    });
    expect(decideCardCheck(byCode('XX4383812345678'), VIEW, TODAY).resultCode).toBe('051');
    expect(decideCardCheck(byCode('HS7383812345678'), VIEW, TODAY)).toMatchObject({
      resultCode: '053',
      reason: 'wrong-benefit-code',
    });
    expect(decideCardCheck(byCode('HS4993812345678'), VIEW, TODAY)).toMatchObject({
      resultCode: '052',
      reason: 'wrong-province-code',
    });
  });

  it("tells which part of a well-formed code differs from the holder's card", () => {
    expect(decideCardCheck(byCode('DN4383812345678'), VIEW, TODAY).resultCode).toBe('051');
    expect(decideCardCheck(byCode('HS3383812345678'), VIEW, TODAY).resultCode).toBe('053');
    expect(decideCardCheck(byCode('HS4403812345678'), VIEW, TODAY).resultCode).toBe('052');
  });

  it('answers 060, or 061 when only the first character agrees, for another name', () => {
    expect(decideCardCheck({ ...BY_CCCD, fullName: 'Trần Văn Nam' }, VIEW, TODAY)).toMatchObject({
      resultCode: '060',
      reason: 'name-mismatch',
      card: CURRENT,
    });
    expect(decideCardCheck({ ...BY_CCCD, fullName: 'Le Thi Dao' }, VIEW, TODAY)).toMatchObject({
      resultCode: '061',
      reason: 'name-mismatch-first-character-right',
    });
  });

  it('answers 070 for another birth date', () => {
    expect(decideCardCheck({ ...BY_CCCD, birthDate: '2017-02-15' }, VIEW, TODAY)).toMatchObject({
      resultCode: '070',
      success: false,
    });
  });

  it('answers 110 for a revoked card and 120-122 for a reduced one by the reason', () => {
    expect(decideCardCheck(BY_CCCD, withCard({ status: 'revoked' }), TODAY).resultCode).toBe('110');
    const reduced = (reduction: CardRecord['reduction']) =>
      decideCardCheck(BY_CCCD, withCard({ status: 'reduced', reduction }), TODAY);
    expect(reduced('stopped')).toMatchObject({ resultCode: '120', reason: 'card-reduced' });
    expect(reduced('deceased')).toMatchObject({ resultCode: '120', reason: 'holder-deceased' });
    expect(reduced('moved-out').resultCode).toBe('121');
    expect(reduced('moved-within').resultCode).toBe('122');
  });

  it('answers 010 outside the validity, whose last day still counts', () => {
    expect(decideCardCheck(BY_CCCD, VIEW, '2024-01-01')).toMatchObject({
      resultCode: '010',
      reason: 'card-expired',
    });
    expect(decideCardCheck(BY_CCCD, VIEW, '2022-12-31')).toMatchObject({
      resultCode: '010',
      reason: 'card-not-yet-valid',
    });
    expect(decideCardCheck(BY_CCCD, VIEW, '2023-12-31').resultCode).toBe('000');
  });

  it('answers 003 for an expired replaced card, 004 for a replaced card still valid, with the new card', () => {
    expect(decideCardCheck(byCode('TE1383812345678'), VIEW, TODAY)).toEqual({
      resultCode: '003',
      success: true,
      card: CURRENT,
      oldCardCode: 'TE1383812345678',
    });
    expect(decideCardCheck(byCode('TE1383812345678'), VIEW, '2023-02-13').resultCode).toBe('004');
  });

  it('checks the holder before the card: a name mismatch on an expired card is 060', () => {
    expect(decideCardCheck({ ...BY_CCCD, fullName: 'Trần Văn Nam' }, VIEW, '2024-06-01').resultCode).toBe(
      '060',
    );
  });
});

describe('compareNames', () => {
  it('ignores case, spacing and Unicode normalisation', () => {
    expect(compareNames('  le\u0302  thi\u0323 đa\u0300o ', 'Lê Thị Đào')).toBe('same');
  });
});
