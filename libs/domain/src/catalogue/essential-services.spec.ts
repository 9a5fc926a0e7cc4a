import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AGENCIES } from './agencies';
import { DECISION_06_SERVICES } from './decision-06-services';
import { DECISION_422_SERVICES } from './decision-422-services';
import {
  ESSENTIAL_SERVICES,
  LINKED_SERVICES,
  isEssentialServiceKey,
  serviceByKey,
} from './essential-services';

interface ReportRow {
  readonly key: string;
  readonly name: string;
}
interface Report {
  readonly essentialServices: { readonly decision06: ReportRow[]; readonly decision422: ReportRow[] };
}

const repoRoot = resolve(__dirname, '../../../..');
const report = JSON.parse(
  readFileSync(join(repoRoot, '..', 'shared', 'reference', 'report-thanh-hoa-2023-09.json'), 'utf8'),
) as Report;

const keyAndName = ({ key, name }: ReportRow) => ({ key, name });

describe('essential-service catalogue', () => {
  it('has the 25 Đề án 06 services with exactly the keys, names and order of the reference report', () => {
    expect(DECISION_06_SERVICES.map(keyAndName)).toEqual(report.essentialServices.decision06.map(keyAndName));
    expect(DECISION_06_SERVICES.map((s) => s.key)).toEqual(
      Array.from({ length: 25 }, (_, i) => `da06-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('has 28 QĐ 422 services, starting with the report rows under their exact keys and names', () => {
    expect(DECISION_422_SERVICES).toHaveLength(28);
    const reportRows = report.essentialServices.decision422.map(keyAndName);
    expect(DECISION_422_SERVICES.slice(0, reportRows.length).map(keyAndName)).toEqual(reportRows);
    expect(DECISION_422_SERVICES.filter((s) => s.provenance === 'reference-report')).toHaveLength(
      reportRows.length,
    );
  });

  it('numbers each programme from 1 and keeps 53 unique keys', () => {
    expect(ESSENTIAL_SERVICES).toHaveLength(53);
    expect(new Set(ESSENTIAL_SERVICES.map((s) => s.key)).size).toBe(53);
    expect(DECISION_422_SERVICES.map((s) => s.ordinal)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(
      DECISION_422_SERVICES.every((s) => s.key.startsWith('qd422-') && s.programme === 'decision-422'),
    ).toBe(true);
  });

  it('takes the Đề án 06 levels and agencies from the domain reference', () => {
    const partial = DECISION_06_SERVICES.filter((s) => s.level === 'partial').map((s) => s.ordinal);
    expect(partial).toEqual([2, 7, 9, 10, 11, 12, 15, 16]);
    expect(DECISION_06_SERVICES.every((s) => !s.levelIsAssumed)).toBe(true);
    expect(serviceByKey('da06-09')?.agency).toBe('tu-phap');
    expect(serviceByKey('da06-15')?.agencies).toEqual(['tu-phap', 'cong-an', 'bhxh']);
    expect(serviceByKey('da06-16')?.agencies).toEqual(['tu-phap', 'cong-an', 'ldtbxh']);
    expect(serviceByKey('da06-21')?.agency).toBe('gddt');
    expect(serviceByKey('da06-24')?.agency).toBe('dien-luc');
  });

  it('flags the two linked procedures with their sourced time limits (3 days, 5 with verification)', () => {
    expect(LINKED_SERVICES.map((s) => s.key)).toEqual(['da06-15', 'da06-16']);
    for (const service of LINKED_SERVICES) {
      expect(service).toMatchObject({
        processingDays: 3,
        processingDaysIsAssumed: false,
        processingDaysWithVerification: 5,
      });
    }
    const others = ESSENTIAL_SERVICES.filter((s) => !s.linked);
    expect(others.every((s) => s.processingDaysIsAssumed)).toBe(true);
  });

  it('requires VNeID level 2 for civil-status, residence, identity and criminal-record services only', () => {
    const level2 = DECISION_06_SERVICES.filter((s) => s.requiredEidLevel === 2).map((s) => s.ordinal);
    expect(level2).toEqual([1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 15, 16, 22]);
    expect(serviceByKey('da06-18')?.requiredEidLevel).toBe(1);
    expect(serviceByKey('qd422-honnhan-kethon')?.requiredEidLevel).toBe(2);
    expect(serviceByKey('qd422-xacnhan-cutru')?.requiredEidLevel).toBe(2);
    expect(serviceByKey('qd422-vienphi')?.requiredEidLevel).toBe(1);
  });

  it('marks as province-run exactly the 10 QĐ 422 services of the report, and all 25 of Đề án 06', () => {
    expect(DECISION_422_SERVICES.filter((s) => s.runByProvince)).toHaveLength(10);
    expect(DECISION_422_SERVICES.every((s) => s.levelIsAssumed && s.processingDaysIsAssumed)).toBe(true);
    expect(DECISION_06_SERVICES.every((s) => s.runByProvince)).toBe(true);
  });

  it('uses known agencies, non-negative whole processing days, and a lead agency equal to the first', () => {
    const agencyCodes = new Set<string>(AGENCIES.map((a) => a.code));
    for (const service of ESSENTIAL_SERVICES) {
      expect(service.agencies.every((a) => agencyCodes.has(a))).toBe(true);
      expect(service.agency).toBe(service.agencies[0]);
      expect(Number.isInteger(service.processingDays) && service.processingDays >= 0).toBe(true);
      expect(service.dataDomains.length).toBeGreaterThan(0);
    }
  });

  it('looks services up by key', () => {
    expect(serviceByKey('qd422-thamvieng')?.name).toBe(
      'Thăm viếng mộ liệt sĩ (cấp giấy giới thiệu; chi hỗ trợ thăm viếng)',
    );
    expect(serviceByKey('da06-26')).toBeUndefined();
    expect(isEssentialServiceKey('da06-03')).toBe(true);
    expect(isEssentialServiceKey('DA06-03')).toBe(false);
  });

  it('cannot be changed by a caller', () => {
    const service = serviceByKey('da06-03')!;
    expect(Object.isFrozen(service)).toBe(true);
    expect(Object.isFrozen(service.agencies)).toBe(true);
    expect(Object.isFrozen(ESSENTIAL_SERVICES)).toBe(true);
  });
});
