import { AlignmentType, BorderStyle, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import { BODY_FONT, HEADING_FONT, TITLE_FONT } from "@/lib/domain/bulletins/bulletin-fonts";
import { SECTION_NUMERALS, type Bulletin, type BulletinBlock, type BulletinFinding, type BulletinTable } from "@/lib/domain/bulletins/bulletin-model";
import { chineseDate } from "@/lib/domain/bulletins/bulletin-text";
import { findingDescription } from "@/lib/domain/bulletins/render-bulletin-html";
import { detectImageMime } from "@/lib/domain/bulletins/image-mime";
import { makeDocxDeterministic } from "./deterministic-docx";

// The bulletin in the official style (GB/T 9704 in spirit): a red 红头 over a red rule, the issue
// number, a 2号 小标宋 title, 3号 仿宋 body with a two-character indent, 黑体 section headings,
// tables in 5号, the issuing office and date right-aligned.

const RED = "D00000";
const ISSUER_SIZE = 60; // 小初, in half-points
const TITLE_SIZE = 44; // 2号
const BODY_SIZE = 32; // 3号
const TABLE_SIZE = 21; // 5号
const INDENT = 640; // two characters of 3号, in twips
const PHOTO_WIDTH = 110; // pixels in the document

type RunOptions = { font?: string; size?: number; bold?: boolean; color?: string };
const run = (text: string, options: RunOptions = {}) => {
  const font = options.font ?? BODY_FONT;
  return new TextRun({
    text,
    font: { ascii: font, hAnsi: font, eastAsia: font, cs: font },
    size: options.size ?? BODY_SIZE,
    bold: options.bold,
    color: options.color,
    language: { value: "zh-CN", eastAsia: "zh-CN" },
  });
};

const body = (children: TextRun[]) => new Paragraph({ children, indent: { firstLine: INDENT }, spacing: { line: 560 }, alignment: AlignmentType.JUSTIFIED });

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const cell = (children: Paragraph[], width: number) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    borders: { top: border, bottom: border, left: border, right: border },
    children,
  });
const textCell = (text: string, width: number, options: { header?: boolean; center?: boolean } = {}) =>
  cell(
    [
      new Paragraph({
        alignment: options.header || options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { size: TABLE_SIZE, font: options.header ? HEADING_FONT : BODY_FONT })],
      }),
    ],
    width,
  );

function table(content: BulletinTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: content.columns.map((column) => textCell(column.title, column.width, { header: true })) }),
      ...content.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((value, index) => textCell(value, content.columns[index].width, { center: content.columns[index].align === "center" })),
          }),
      ),
    ],
  });
}

function photoCell(finding: BulletinFinding, width: number): TableCell {
  const photo = finding.photo;
  if (!photo) return textCell("无", width, { center: true });
  const height = Math.round((photo.height / photo.width) * PHOTO_WIDTH);
  const type = detectImageMime(photo.data) === "image/png" ? "png" : "jpg";
  const image = new ImageRun({ type, data: photo.data, transformation: { width: PHOTO_WIDTH, height } });
  return cell([new Paragraph({ alignment: AlignmentType.CENTER, children: [image] })], width);
}

function findingsTable(findings: readonly BulletinFinding[], official: boolean): Table {
  const widths = official ? [6, 18, 14, 13, 7, 24, 18] : [8, 36, 24, 20, 12];
  const titles = ["序号", "测评指标", "点位", "责任单位", "失分", ...(official ? ["问题描述", "现场照片"] : [])];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: titles.map((title, index) => textCell(title, widths[index], { header: true })) }),
      ...findings.map(
        (finding, index) =>
          new TableRow({
            cantSplit: true,
            children: [
              textCell(String(index + 1), widths[0], { center: true }),
              textCell(finding.criterion, widths[1]),
              textCell(finding.site ?? "—", widths[2]),
              textCell(finding.department, widths[3]),
              textCell(finding.pointsLost, widths[4], { center: true }),
              ...(official ? [textCell(findingDescription(finding), widths[5]), photoCell(finding, widths[6])] : []),
            ],
          }),
      ),
    ],
  });
}

function block(content: BulletinBlock, official: boolean): Paragraph | Table {
  switch (content.kind) {
    case "paragraph":
      return body([...(content.label ? [run(content.label, { bold: true })] : []), run(content.text)]);
    case "subheading":
      return body([run(content.text, { bold: true })]);
    case "table":
      return table(content.table);
    case "findings":
      return findingsTable(content.findings, official);
  }
}

function heading(bulletin: Bulletin): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(bulletin.issuer, { font: TITLE_FONT, size: ISSUER_SIZE, color: RED })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 200, after: 120 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 6 } },
      children: [run(bulletin.variant === "OFFICIAL" ? bulletin.issue : `${bulletin.issue}（公开版）`)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 400, after: 400 },
      children: [run(bulletin.title, { font: TITLE_FONT, size: TITLE_SIZE })],
    }),
  ];
}

/** The .docx of a bulletin; the same bulletin always gives the same bytes (dated by its publishing instant). */
export async function renderBulletinDocx(bulletin: Bulletin, publishedAt: Date): Promise<Buffer> {
  const official = bulletin.variant === "OFFICIAL";
  const right = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)], indent: { right: INDENT } });
  const document = new Document({
    creator: bulletin.issuer,
    lastModifiedBy: bulletin.issuer,
    title: bulletin.title,
    revision: 1,
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: [
          ...heading(bulletin),
          ...(bulletin.correction ? [body([run(bulletin.correction, { bold: true })])] : []),
          ...(bulletin.summary ? [body([run(bulletin.summary)])] : []),
          ...bulletin.sections.flatMap((section, index) => [
            new Paragraph({
              indent: { firstLine: INDENT },
              spacing: { line: 560 },
              children: [run(`${SECTION_NUMERALS[index] ?? index + 1}、${section.heading}`, { font: HEADING_FONT })],
            }),
            ...section.blocks.map((content) => block(content, official)),
          ]),
          new Paragraph({ children: [] }),
          right(bulletin.issuer),
          right(chineseDate(bulletin.date)),
        ],
      },
    ],
  });
  return makeDocxDeterministic(await Packer.toBuffer(document), publishedAt);
}
