import { CATALOGUE, catalogueEntry, publicEntry } from './catalogue';

describe('the essential-service catalogue', () => {
  it('holds the 25 services of Đề án 06 and the 28 of QĐ 422', () => {
    expect(CATALOGUE.filter((entry) => entry.catalogue === 'decision06')).toHaveLength(25);
    expect(CATALOGUE.filter((entry) => entry.catalogue === 'decision422')).toHaveLength(28);
    expect(new Set(CATALOGUE.map((entry) => entry.key)).size).toBe(53);
  });

  it('asks a level-2 login for residence, civil status, identity documents and criminal records only', () => {
    expect(catalogueEntry('da06-03')).toMatchObject({
      requiredAcr: 'vneid:loa2',
      level: 'full',
      legalDays: 7,
    });
    expect(catalogueEntry('da06-22')?.requiredAcr).toBe('vneid:loa2');
    expect(catalogueEntry('da06-15')).toMatchObject({
      requiredAcr: 'vneid:loa2',
      linked: true,
      legalDays: 3,
      legalDaysWithVerification: 5,
    });
    expect(catalogueEntry('da06-18')?.requiredAcr).toBe('vneid:loa1'); // tax registration
    expect(catalogueEntry('da06-24')?.requiredAcr).toBe('vneid:loa1'); // electricity
  });

  it("takes the national-portal state from the Thanh Hóa report's table", () => {
    expect(catalogueEntry('qd422-hkd-thue')).toMatchObject({
      portal: 'not-connected',
      portalIsAssumed: false,
    });
    expect(catalogueEntry('qd422-thamvieng')).toMatchObject({ portal: 'connected', portalIsAssumed: false });
    expect(catalogueEntry('da06-16')?.portal).toBe('connected');
  });

  it('names the form fields and those the population register pre-fills', () => {
    const residence = catalogueEntry('da06-03')!;
    expect(residence.formFields).toEqual(
      expect.arrayContaining(['applicant.idNumber', 'applicant.fullName', 'residence.address']),
    );
    expect(residence.prefilledFields).toEqual(
      expect.arrayContaining(['applicant.fullName', 'applicant.birthDate', 'residence.currentAddress']),
    );
    expect(residence.prefilledFields).not.toContain('applicant.idNumber');
    expect(residence.prefilledFields.every((field) => residence.formFields.includes(field))).toBe(true);
    expect(publicEntry(residence)).not.toHaveProperty('prefill');
  });
});
