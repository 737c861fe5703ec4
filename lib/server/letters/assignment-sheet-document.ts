import { AlignmentType, BorderStyle, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import { chineseDate } from "./chinese-date";

// The 交办单 in the style of the 提醒函: a 2号 小标宋 title, 3号 仿宋 text, then one table row per
// open finding with a thumbnail of its first photo.

export type AssignmentSheetRow = {
  description: string;
  criterion: string;
  site: string;
  /** YYYY-MM-DD */
  dueDate: string;
  status: string;
  /** JPEG thumbnail bytes and their size in pixels, when the finding has a photo. */
  thumbnail: { data: Buffer; width: number; height: number } | null;
};

export type AssignmentSheetContent = { departmentName: string; cityName: string; today: string; rows: AssignmentSheetRow[] };

export const SHEET_TITLE = "创建全国文明城市督查问题交办单";

const TITLE_FONT = "方正小标宋简体";
const BODY_FONT = "仿宋_GB2312";
const HEADING_FONT = "黑体";
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
const TABLE_SIZE = 21; // 5号
const INDENT = 640;
const THUMBNAIL_WIDTH = 96; // pixels in the document

const run = (text: string, options: { font?: string; size?: number } = {}) =>
  new TextRun({ text, font: options.font ?? BODY_FONT, size: options.size ?? BODY_SIZE });

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

function photoCell(thumbnail: AssignmentSheetRow["thumbnail"], width: number): TableCell {
  if (!thumbnail) return textCell("无", width, { center: true });
  const height = Math.round((thumbnail.height / thumbnail.width) * THUMBNAIL_WIDTH);
  const image = new ImageRun({ type: "jpg", data: thumbnail.data, transformation: { width: THUMBNAIL_WIDTH, height } });
  return cell([new Paragraph({ alignment: AlignmentType.CENTER, children: [image] })], width);
}

const COLUMNS = [
  { title: "序号", width: 6 },
  { title: "问题描述", width: 26 },
  { title: "测评指标", width: 20 },
  { title: "点位", width: 14 },
  { title: "整改期限", width: 12 },
  { title: "状态", width: 8 },
  { title: "照片", width: 14 },
];

function findingTable(rows: AssignmentSheetRow[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: COLUMNS.map((column) => textCell(column.title, column.width, { header: true })) }),
      ...rows.map(
        (row, index) =>
          new TableRow({
            cantSplit: true,
            children: [
              textCell(String(index + 1), COLUMNS[0].width, { center: true }),
              textCell(row.description, COLUMNS[1].width),
              textCell(row.criterion, COLUMNS[2].width),
              textCell(row.site, COLUMNS[3].width),
              textCell(row.dueDate, COLUMNS[4].width, { center: true }),
              textCell(row.status, COLUMNS[5].width, { center: true }),
              photoCell(row.thumbnail, COLUMNS[6].width),
            ],
          }),
      ),
    ],
  });
}

export async function renderAssignmentSheet(content: AssignmentSheetContent): Promise<Buffer> {
  const right = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)], indent: { right: INDENT } });
  const document = new Document({
    creator: `${content.cityName}文明办`,
    title: SHEET_TITLE,
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1247, right: 1247 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [run(SHEET_TITLE, { font: TITLE_FONT, size: TITLE_SIZE })] }),
          new Paragraph({ children: [run(`${content.departmentName}：`)], spacing: { line: 560 } }),
          new Paragraph({
            indent: { firstLine: INDENT },
            spacing: { line: 560 },
            alignment: AlignmentType.JUSTIFIED,
            children: [
              run(
                `截至${chineseDate(content.today)}，督查发现的以下${content.rows.length}个问题交由贵单位整改。` +
                  "请逐项落实整改，在整改期限内通过系统提交整改情况和整改后照片。",
              ),
            ],
          }),
          findingTable(content.rows),
          new Paragraph({ children: [] }),
          right(`${content.cityName}文明办`),
          right(chineseDate(content.today)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
