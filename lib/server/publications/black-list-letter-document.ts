import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { chineseDate } from "@/lib/server/letters/chinese-date";

// The black list's 提醒函 in the style of the office's other letters (lib/server/letters): a 2号 小标宋
// title, 3号 仿宋 body with a two-character first-line indent, the issuing office and date right-aligned.
// Everything in it comes from the publication's frozen snapshot, so the letter never changes afterwards.

export type BlackListLetterContent = {
  department: string;
  cityName: string;
  publicationTitle: string;
  /** YYYY-MM-DD: the publication's date in Shanghai. */
  issuedOn: string;
  /** YYYY-MM-DD */
  replyBy: string;
  entries: { listName: string; rank: number | null; value: string | null; metricLabel: string }[];
};

const TITLE_FONT = "方正小标宋简体";
const BODY_FONT = "仿宋_GB2312";
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
const INDENT = 640;

const run = (text: string, options: { font?: string; size?: number } = {}) =>
  new TextRun({ text, font: options.font ?? BODY_FONT, size: options.size ?? BODY_SIZE });
const body = (text: string) =>
  new Paragraph({ children: [run(text)], indent: { firstLine: INDENT }, spacing: { line: 560 }, alignment: AlignmentType.JUSTIFIED });
const right = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)], indent: { right: INDENT } });

export function blackListLetterTitle(department: string): string {
  return `关于${department}列入创文红黑榜黑榜的提醒函`;
}

function standing(entry: BlackListLetterContent["entries"][number]): string {
  const place = entry.rank === null ? "" : `排名第${entry.rank}位`;
  const figure = entry.value === null ? "" : `（${entry.metricLabel}${Number(entry.value).toFixed(2)}）`;
  return `在“${entry.listName}”中${place}${figure}`;
}

export async function renderBlackListLetter(content: BlackListLetterContent): Promise<Buffer> {
  const title = blackListLetterTitle(content.department);
  const document = new Document({
    creator: `${content.cityName}文明办`,
    title,
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [run(title, { font: TITLE_FONT, size: TITLE_SIZE })] }),
          new Paragraph({ children: [run(`${content.department}：`)], spacing: { line: 560 } }),
          body(`根据《${content.publicationTitle}》，贵单位${content.entries.map(standing).join("；")}，列入黑榜。`),
          body(
            `请贵单位高度重视，认真查摆问题、分析原因，逐项制定整改措施，压实工作责任，并于${chineseDate(content.replyBy)}前将整改情况书面报送市文明办。` +
              "连续两期列入黑榜的，将约谈单位主要负责人；连续三期及以上列入黑榜的，将按规定启动问责程序。",
          ),
          body("特此提醒。"),
          new Paragraph({ children: [] }),
          right(`${content.cityName}文明办`),
          right(chineseDate(content.issuedOn)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
