import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { D06Report } from '../report.types';
import { APPENDIX_COLUMNS, appendixCells, reportOutline } from './report-outline';

const cell = (text: string, bold = false, right = false): TableCell =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold, size: 20 })],
      }),
    ],
  });

/** The report laid out like the provincial one: title, headings I–V with their figures, the appendix tables. */
export async function renderDocx(report: D06Report): Promise<Buffer> {
  const outline = reportOutline(report);
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(outline.title)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: outline.subtitle, italics: true })],
    }),
  ];
  for (const section of outline.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    for (const line of section.lines)
      body.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [new TextRun(`${line.label}: `), new TextRun({ text: line.value, bold: true })],
        }),
      );
  }
  const appendices = outline.appendices.map((appendix) => ({
    properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
    children: [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(appendix.title)] }),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: APPENDIX_COLUMNS.map((title) => cell(title, true)) }),
          ...appendix.rows.map(
            (row, index) =>
              new TableRow({
                children: appendixCells(row, index).map((text, i) => cell(text, false, i >= 3 && i <= 7)),
              }),
          ),
        ],
      }),
    ],
  }));
  const document = new Document({
    creator: 'd06 metrics',
    title: outline.title,
    sections: [{ children: body }, ...appendices],
  });
  return Packer.toBuffer(document);
}
