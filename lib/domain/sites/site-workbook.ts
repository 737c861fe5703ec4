import type { CellValue } from "@/lib/domain/tabular-import/cell-value";
import type { WriteSheet } from "@/lib/domain/tabular-import/write-workbook";
import { SITE_COLUMNS, SITE_INSTRUCTIONS_SHEET, SITE_SHEET, SITE_WIDTHS } from "./site-sheet-layout";

/** A site as the 点位 sheet shows it: names, not ids; coordinates as decimal text. */
export type SiteSheetRow = {
  name: string;
  type: string;
  street: string | null;
  grid: string | null;
  address: string | null;
  longitude: string | null;
  latitude: string | null;
  department: string;
  code: string | null;
};

function cellsOf(site: SiteSheetRow): CellValue[] {
  return [site.name, site.type, site.street, site.grid, site.address, site.longitude, site.latitude, site.department, site.code];
}

/** The 点位 sheet in the template's layout (the import reads it back as it is). */
export function siteSheet(sites: readonly SiteSheetRow[], options: { blankRows?: number; siteTypes?: readonly string[] } = {}): WriteSheet {
  // A drop-down of every type would exceed Excel's 255-character list formula, so only short lists get one.
  const typeChoices = options.siteTypes && options.siteTypes.join(",").length < 250 ? options.siteTypes : undefined;
  return {
    kind: "table",
    name: SITE_SHEET,
    columns: SITE_COLUMNS.map(({ key, header }) => ({ header, width: SITE_WIDTHS[key], ...(key === "type" && typeChoices ? { choices: typeChoices } : {}) })),
    rows: sites.map(cellsOf),
    blankRows: options.blankRows,
  };
}

const COLUMN_HELP: Array<[string, string, string]> = [
  ["点位名称", "必填", "不超过 100 字，如“人民路（解放路—建设路段）”。"],
  ["点位类型", "必填", "须与系统的点位类型名称完全一致（见本表下方的类型名单），如 主次干道、背街小巷、集贸市场。"],
  ["街道", "选填", "点位所在的街道（办事处），不超过 50 字。"],
  ["网格", "选填", "点位所在的网格，不超过 50 字。"],
  ["地址", "选填", "不超过 200 字。"],
  ["经度", "选填", "十进制数，最多 6 位小数，如 116.397128。"],
  ["纬度", "选填", "十进制数，最多 6 位小数，如 39.916527。"],
  ["包点单位", "必填", "负责该点位的单位，名称须与本市“责任单位”名单中的名称或简称完全一致。"],
  ["点位编号", "选填", "只能包含英文字母、数字和短横线，本市唯一；不填时系统按 D-0001、D-0002… 自动编号。"],
];

/** The downloadable template: an empty 点位 sheet, then the instructions with the list of site types. */
export function siteTemplateSheets(siteTypes: readonly string[]): WriteSheet[] {
  return [
    siteSheet([], { blankRows: 300, siteTypes }),
    {
      kind: "rows",
      name: SITE_INSTRUCTIONS_SHEET,
      widths: [14, 10, 90],
      boldFirstColumn: true,
      rows: [
        ["点位导入模板", null, "在“点位”工作表中每行填写一个点位，保存为 .xlsx 后在“点位 → 导入”上传。"],
        [null, null, null],
        ["列", "是否必填", "填写要求"],
        ...COLUMN_HELP,
        [null, null, null],
        ["导入检查", null, "系统先检查整个文件，一次列出全部问题（工作表、行、列和原因）；有任何问题则不导入任何数据。类型或单位写错时会提示最接近的名称。"],
        ["文件格式", null, "只支持 .xlsx；旧版 .xls 请在 Excel 中另存为“Excel 工作簿（*.xlsx）”。"],
        [null, null, null],
        ["点位类型名单", null, siteTypes.join("、")],
      ],
    },
  ];
}
