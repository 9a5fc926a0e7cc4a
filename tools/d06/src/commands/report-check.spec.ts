import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from './report-check';

const REFERENCE = join(__dirname, '../../../../contracts/report/examples/report-thanh-hoa-2023-09.json');
const reference = (): Record<string, any> => JSON.parse(readFileSync(REFERENCE, 'utf8'));

describe('checkReport', () => {
  it('finds the two printed inconsistencies of the Thanh Hóa reference report', () => {
    expect(checkReport(reference()).map((issue) => issue.path)).toEqual([
      'essentialServices.decision06[7] (da06-08).onlineRate',
      'dataVerification.covidVaccination.rate',
    ]);
  });

  it('passes the reference once those two rates are corrected', () => {
    const report = reference();
    report.essentialServices.decision06[7].onlineRate = 78.23;
    report.dataVerification.covidVaccination.rate = 91.37;
    expect(checkReport(report)).toEqual([]);
  });

  it('flags crafted inconsistencies: a wrong rate, online above total, parts not summing, a rate change', () => {
    const report = reference();
    report.essentialServices.decision06[7].onlineRate = 78.23;
    report.dataVerification.covidVaccination.rate = 91.37;
    report.essentialServices.decision06[2].onlineRate = 98.5;
    report.essentialServices.decision06[3].online = 1600;
    report.socialSecurity.withAccount.meritorious = 2642;
    report.healthInsurance.lookups.successRate.change = 3.5;
    report.dataVerification.civilStatusDigitised.births = 1;
    report.healthInsurance.facilities.usingIdCard = 679;
    const issues = checkReport(report);
    expect(issues.map((issue) => `${issue.path} ${issue.rule}`)).toEqual([
      'essentialServices.decision06[2] (da06-03).onlineRate rate-mismatch',
      'essentialServices.decision06[3] (da06-04).onlineRate rate-mismatch',
      'essentialServices.decision06[3] (da06-04).online part-exceeds-whole',
      'healthInsurance.facilities.usingIdCard part-exceeds-whole',
      'healthInsurance.lookups.successRate.change difference-mismatch',
      'socialSecurity.withAccount.total parts-do-not-sum',
      'dataVerification.civilStatusDigitised.entered parts-do-not-sum',
    ]);
  });

  it('accepts the rounding a printed rate allows and blanks', () => {
    const row = { key: 'x', total: 3, online: 1, onlineRate: 33.3 };
    const blank = { key: 'y', total: null, online: 63, onlineRate: null };
    const empty = { key: 'z', total: 0, online: 0, onlineRate: 0 };
    expect(checkReport({ essentialServices: { decision06: [row, blank, empty], decision422: [] } })).toEqual(
      [],
    );
    expect(checkReport({ essentialServices: { decision06: [{ ...row, onlineRate: 33.4 }] } })).toHaveLength(
      1,
    );
  });
});
