import { vietnamInstant } from '@d06/domain';
import { DOSSIER_CODE_PATTERN, dossierCode, dossierDay, receivingAgencyCode } from './dossier-code';

describe('dossier codes', () => {
  it('are <synthetic agency code>-<yyMMdd Vietnam day>-<sequence>', () => {
    const agency = receivingAgencyCode('038', '380');
    expect(agency).toBe('000.00.80.H38');
    expect(receivingAgencyCode('001')).toBe('000.00.00.H01');
    // the day is Vietnam's: 00:30 on the 13th there is still the 12th in UTC
    expect(dossierDay(vietnamInstant(2023, 9, 12, 23, 30))).toBe('230912');
    expect(dossierDay(new Date('2023-09-12T17:30:00Z'))).toBe('230913');
    const code = dossierCode(agency, '230912', 42);
    expect(code).toBe('000.00.80.H38-230912-0042');
    expect(code).toMatch(DOSSIER_CODE_PATTERN);
    expect(dossierCode(agency, '230912', 12345)).toBe('000.00.80.H38-230912-12345');
  });
});
