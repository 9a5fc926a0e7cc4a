import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { D06Report } from '../report.types';
import { formatFromAccept, renderReport } from './render-report';
import { vnNumber, vnPercent } from './vn-format';

const REFERENCE = join(__dirname, '../../../../../contracts/report/examples/report-thanh-hoa-2023-09.json');
const report = JSON.parse(readFileSync(REFERENCE, 'utf8')) as D06Report;

describe('report formats', () => {
  it('formats numbers the Vietnamese way', () => {
    expect(vnNumber(1_234_567)).toBe('1.234.567');
    expect(vnPercent(99.64)).toBe('99,64%');
    expect(vnPercent(33.9)).toBe('33,9%');
    expect(vnPercent(100)).toBe('100%');
    expect(vnNumber(null)).toBe('');
    expect(vnNumber(-1234.5)).toBe('-1.234,5');
  });

  it('writes an XLSX with one sheet per appendix table holding the figures', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReport(report, 'xlsx')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tong hop',
      'Phu luc 1 - DA06',
      'Phu luc 2 - QD422',
    ]);
    const appendix = workbook.getWorksheet('Phu luc 1 - DA06')!;
    expect(appendix.getRow(2).values).toContain('Tổng số hồ sơ');
    const row = appendix.getRow(5); // header rows 1–2, da06-03 is the third service
    expect(row.getCell(2).value).toBe('Đăng ký thường trú');
    expect([row.getCell(4).value, row.getCell(5).value, row.getCell(6).value]).toEqual([31809, 31693, 99.64]);
    expect(workbook.getWorksheet('Phu luc 2 - QD422')!.rowCount).toBe(
      2 + report.essentialServices.decision422.length,
    );
  });

  it('writes a DOCX laid out like the provincial report, figures formatted the Vietnamese way', async () => {
    const zip = await JSZip.loadAsync(await renderReport(report, 'docx'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const heading of [
      'I. Kết quả triển khai',
      'II. Ứng dụng CCCD',
      'III. Chi trả',
      'IV. Cấp CCCD',
      'V. Làm sạch',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('Phụ lục 1');
    expect(text).toContain('31.809');
    expect(text).toContain('99,64%');
    expect(text).toContain('5.339.392');
    expect(text).toContain('Khó khăn, vướng mắc');
  });

  it('writes CSV and a self-contained HTML page with charts', async () => {
    const csv = (await renderReport(report, 'csv')) as string;
    expect(csv).toContain('essentialServices.decision06[da06-03].onlineRate,99.64,"99,64"');
    expect(csv).toContain('healthInsurance.lookups.total.cumulative,5339392,5.339.392');
    const html = (await renderReport(report, 'html')) as string;
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(html).toContain('99,64%');
  });

  it('negotiates the format from Accept', () => {
    expect(formatFromAccept(undefined)).toBe('json');
    expect(formatFromAccept('text/csv')).toBe('csv');
    expect(formatFromAccept('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(
      'docx',
    );
    expect(formatFromAccept('text/html,application/xhtml+xml;q=0.9')).toBe('html');
    expect(formatFromAccept('image/png')).toBeUndefined();
  });
});
