import type { Bulletin, BulletinBlock, BulletinFinding, BulletinTable } from "./bulletin-model";
import { SECTION_NUMERALS } from "./bulletin-model";
import { CSS_BODY_FONTS, CSS_HEADING_FONTS, CSS_TITLE_FONTS } from "./bulletin-fonts";
import { chineseDate } from "./bulletin-text";
import { detectImageMime } from "./image-mime";

// A self-contained printable page: one inline <style>, photos as data: URIs, no script, no link, no
// font download. Served with its own CSP (default-src 'none'; style-src 'unsafe-inline'; img-src data:).

export const BULLETIN_STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 210mm; padding: 24px; color: #000; background: #fff; font-family: ${CSS_BODY_FONTS}; font-size: 16pt; line-height: 1.75; }
.issuer { color: #d00; font-family: ${CSS_TITLE_FONTS}; font-size: 30pt; text-align: center; letter-spacing: 2px; margin: 0; line-height: 1.3; }
.issue { text-align: center; margin: 8px 0 0; }
.rule { border: 0; border-top: 3px solid #d00; margin: 8px 0 24px; }
h1 { font-family: ${CSS_TITLE_FONTS}; font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 16px; line-height: 1.4; }
h2 { font-family: ${CSS_HEADING_FONTS}; font-size: 16pt; font-weight: normal; margin: 16px 0 4px; }
h3 { font-family: ${CSS_BODY_FONTS}; font-size: 16pt; font-weight: bold; margin: 8px 0 0; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.correction { font-weight: bold; }
table { width: 100%; border-collapse: collapse; margin: 8px 0; font-size: 11pt; line-height: 1.5; page-break-inside: auto; }
th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: middle; }
th { font-family: ${CSS_HEADING_FONTS}; font-weight: normal; }
td.center, th { text-align: center; }
tr { page-break-inside: avoid; }
td img { max-width: 100%; height: auto; display: block; margin: 0 auto; }
.signature { text-align: right; text-indent: 0; margin-top: 32px; padding-right: 2em; }
@media print { body { padding: 0; max-width: none; } }
`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

function tableHtml(table: BulletinTable): string {
  const header = table.columns.map((column) => `<th style="width:${column.width}%">${escapeHtml(column.title)}</th>`).join("");
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${row.map((value, index) => `<td${table.columns[index]?.align === "center" ? ' class="center"' : ""}>${escapeHtml(value)}</td>`).join("")}</tr>`,
    )
    .join("\n");
  return `<table><thead><tr>${header}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function photoHtml(finding: BulletinFinding): string {
  if (!finding.photo) return "无";
  const base64 = Buffer.from(finding.photo.data).toString("base64");
  return `<img alt="${escapeHtml(`${finding.site ?? finding.criterion}现场照片`)}" src="data:${detectImageMime(finding.photo.data)};base64,${base64}">`;
}

function findingsHtml(findings: readonly BulletinFinding[], official: boolean): string {
  const columns = official ? ["序号", "测评指标", "点位", "责任单位", "失分", "问题描述", "现场照片"] : ["序号", "测评指标", "点位", "责任单位", "失分"];
  const rows = findings.map((finding, index) => {
    const cells = [
      `<td class="center">${index + 1}</td>`,
      `<td>${escapeHtml(finding.criterion)}</td>`,
      `<td>${escapeHtml(finding.site ?? "—")}</td>`,
      `<td>${escapeHtml(finding.department)}</td>`,
      `<td class="center">${escapeHtml(finding.pointsLost)}</td>`,
    ];
    if (official) {
      cells.push(`<td>${escapeHtml(findingDescription(finding))}</td>`, `<td class="center" style="width:22%">${photoHtml(finding)}</td>`);
    }
    return `<tr>${cells.join("")}</tr>`;
  });
  return `<table><thead><tr>${columns.map((title) => `<th>${title}</th>`).join("")}</tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

/** The official variant's description cell: what was found, the inspector's note, who and when. */
export function findingDescription(finding: BulletinFinding): string {
  const parts = [finding.description ?? ""];
  if (finding.note) parts.push(`督查备注：${finding.note}`);
  parts.push(`${finding.inspector ? `督查员：${finding.inspector}，` : ""}${finding.checkedOn}`);
  return parts.filter(Boolean).join("；");
}

function blockHtml(block: BulletinBlock, official: boolean): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${block.label ? `<strong>${escapeHtml(block.label)}</strong>` : ""}${escapeHtml(block.text)}</p>`;
    case "subheading":
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case "table":
      return tableHtml(block.table);
    case "findings":
      return findingsHtml(block.findings, official);
  }
}

export function renderBulletinHtml(bulletin: Bulletin): string {
  const official = bulletin.variant === "OFFICIAL";
  const sections = bulletin.sections
    .map(
      (section, index) =>
        `<section>\n<h2>${SECTION_NUMERALS[index] ?? index + 1}、${escapeHtml(section.heading)}</h2>\n${section.blocks.map((block) => blockHtml(block, official)).join("\n")}\n</section>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(bulletin.title)}</title>
<style>${BULLETIN_STYLE}</style>
</head>
<body>
<header>
<p class="issuer">${escapeHtml(bulletin.issuer)}</p>
<p class="issue" style="text-indent:0">${escapeHtml(bulletin.issue)}${official ? "" : "（公开版）"}</p>
<hr class="rule">
</header>
<h1>${escapeHtml(bulletin.title)}</h1>
${bulletin.correction ? `<p class="correction">${escapeHtml(bulletin.correction)}</p>\n` : ""}${bulletin.summary ? `<p>${escapeHtml(bulletin.summary)}</p>\n` : ""}${sections}
<p class="signature">${escapeHtml(bulletin.issuer)}<br>${escapeHtml(chineseDate(bulletin.date))}</p>
</body>
</html>
`;
}
