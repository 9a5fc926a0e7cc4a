import ExcelJS from 'exceljs';
import type { D06Report } from '../report.types';
import { APPENDIX_COLUMNS, reportOutline } from './report-outline';

const PORTAL: Record<string, string> = {
  connected: 'Đã kết nối',
  'not-connected': 'Chưa kết nối',
  'linked-done': 'Đã liên thông',
};
/** Excel number formats rendered the Vietnamese way by a Vietnamese-locale Excel; the cells hold real numbers. */
const INTEGER = '#,##0';
const PERCENT = '0.00"%"';

/** The report as a workbook: a summary sheet (headings I–V) and one sheet per appendix table. */
export async function renderXlsx(report: D06Report): Promise<Buffer> {
  const outline = reportOutline(report);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'd06 metrics';
  const summary = workbook.addWorksheet('Tong hop');
  summary.addRow([outline.title]).font = { bold: true, size: 14 };
  summary.addRow([outline.subtitle]);
  for (const section of outline.sections) {
    summary.addRow([]);
    summary.addRow([section.heading]).font = { bold: true };
    for (const line of section.lines) summary.addRow([line.label, line.value]);
  }
  summary.getColumn(1).width = 70;
  summary.getColumn(2).width = 45;

  for (const appendix of outline.appendices) {
    const sheet = workbook.addWorksheet(appendix.sheet);
    sheet.addRow([appendix.title]).font = { bold: true };
    const header = sheet.addRow([...APPENDIX_COLUMNS]);
    header.font = { bold: true };
    appendix.rows.forEach((row, index) => {
      const added = sheet.addRow([
        index + 1,
        row.name,
        PORTAL[row.portal] ?? row.portal,
        row.total,
        row.online,
        row.onlineRate,
        row.onTime,
        row.overdue,
        row.difficulty ?? null,
      ]);
      for (const column of [4, 5, 7, 8]) added.getCell(column).numFmt = INTEGER;
      added.getCell(6).numFmt = PERCENT;
    });
    [6, 60, 16, 14, 12, 14, 12, 12, 50].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
