import type { TableColumn } from "@/lib/domain/tabular-import/read-table";

// The fixed workbook layout of a site list (点位), shared by the template, the import and the
// export, so that an exported list imports again as it is.
export const SITE_SHEET = "点位";
export const SITE_INSTRUCTIONS_SHEET = "填写说明";

export const SITE_COLUMNS = [
  { key: "name", header: "点位名称" },
  { key: "type", header: "点位类型" },
  { key: "street", header: "街道" },
  { key: "grid", header: "网格" },
  { key: "address", header: "地址" },
  { key: "longitude", header: "经度" },
  { key: "latitude", header: "纬度" },
  { key: "department", header: "包点单位" },
  { key: "code", header: "点位编号", isOptional: true },
] as const satisfies readonly TableColumn<string>[];

export type SiteField = (typeof SITE_COLUMNS)[number]["key"];

export const SITE_WIDTHS: Record<SiteField, number> = {
  name: 28,
  type: 16,
  street: 14,
  grid: 12,
  address: 32,
  longitude: 12,
  latitude: 12,
  department: 18,
  code: 12,
};

export const MAX_SITE_ROWS = 5000;

/** What a site list is checked against: the global site types, the city's live departments and its codes. */
export type SiteImportContext = {
  siteTypes: ReadonlyArray<{ id: string; name: string }>;
  departments: ReadonlyArray<{ id: string; name: string; shortName: string | null }>;
  /** Every code of the city, deactivated sites included, upper-cased. */
  existingCodes: ReadonlySet<string>;
};

/** One valid row, its names resolved to ids. */
export type SiteImportRow = {
  row: number;
  name: string;
  siteTypeId: string;
  siteTypeName: string;
  street: string | null;
  grid: string | null;
  address: string | null;
  longitude: string | null;
  latitude: string | null;
  responsibleDepartmentId: string;
  responsibleDepartmentName: string;
  /** null: the next free D-number is given when the rows are written. */
  code: string | null;
};
