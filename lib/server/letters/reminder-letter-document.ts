import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import type { OverdueTask } from "./overdue-tasks-of-department";
import { chineseDate } from "./chinese-date";

// The 提醒函 in the style of an official letter (GB/T 9704 in spirit): a 2号 小标宋 title,
// 3号 仿宋 body with a two-character first-line indent, the issuing office and date right-aligned.

export type ReminderLetterContent = {
  departmentName: string;
  cityName: string;
  planTitle: string;
  /** YYYY-MM-DD */
  today: string;
  /** YYYY-MM-DD: the date by which the department reports its rectification. */
  replyBy: string;
  tasks: OverdueTask[];
};

export const LETTER_TITLE = "关于加快推进创建全国文明城市重点任务的提醒函";

const TITLE_FONT = "方正小标宋简体";
const BODY_FONT = "仿宋_GB2312";
const HEADING_FONT = "黑体";
const TITLE_SIZE = 44; // 2号, in half-points
const BODY_SIZE = 32; // 3号
const TABLE_SIZE = 24; // 小4号
const INDENT = 640; // two characters of 3号, in twips

const run = (text: string, options: { font?: string; size?: number; bold?: boolean } = {}) =>
  new TextRun({ text, font: options.font ?? BODY_FONT, size: options.size ?? BODY_SIZE, bold: options.bold });

const bodyParagraph = (text: string) =>
  new Paragraph({ children: [run(text)], indent: { firstLine: INDENT }, spacing: { line: 560 }, alignment: AlignmentType.JUSTIFIED });

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const cell = (text: string, options: { header?: boolean; width: number; center?: boolean }) =>
  new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    borders: { top: border, bottom: border, left: border, right: border },
    children: [
      new Paragraph({
        alignment: options.header || options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { size: TABLE_SIZE, font: options.header ? HEADING_FONT : BODY_FONT })],
      }),
    ],
  });

const COLUMNS = [
  { title: "序号", width: 8 },
  { title: "任务", width: 42 },
  { title: "所属行动", width: 22 },
  { title: "完成时限", width: 16 },
  { title: "逾期天数", width: 12 },
];

function taskTable(tasks: OverdueTask[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: COLUMNS.map((column) => cell(column.title, { header: true, width: column.width })) }),
      ...tasks.map(
        (task, index) =>
          new TableRow({
            children: [
              cell(String(index + 1), { width: COLUMNS[0].width, center: true }),
              cell(task.title, { width: COLUMNS[1].width }),
              cell(task.actionName, { width: COLUMNS[2].width }),
              cell(task.dueDate, { width: COLUMNS[3].width, center: true }),
              cell(`${task.daysOverdue}天`, { width: COLUMNS[4].width, center: true }),
            ],
          }),
      ),
    ],
  });
}

export async function renderReminderLetter(content: ReminderLetterContent): Promise<Buffer> {
  const right = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)], indent: { right: INDENT } });
  const document = new Document({
    creator: `${content.cityName}文明办`,
    title: LETTER_TITLE,
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [run(LETTER_TITLE, { font: TITLE_FONT, size: TITLE_SIZE })] }),
          new Paragraph({ children: [run(`${content.departmentName}：`)], spacing: { line: 560 } }),
          bodyParagraph(
            `按照《${content.planTitle}》的部署要求，市文明办对各责任单位重点任务推进情况进行了梳理。截至${chineseDate(content.today)}，` +
              `贵单位牵头的以下${content.tasks.length}项任务已超过完成时限，尚未完成。`,
          ),
          taskTable(content.tasks),
          bodyParagraph(
            `请贵单位高度重视，认真分析原因，倒排工期、压实责任，加快推进上述任务，及时更新工作台账，` +
              `并请于${chineseDate(content.replyBy)}前将整改情况书面报送市文明办。`,
          ),
          bodyParagraph("特此提醒。"),
          new Paragraph({ children: [] }),
          right(`${content.cityName}文明办`),
          right(chineseDate(content.today)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
