import { idSchema } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// GET /api/v1/ledger/export: the query, shared by the service and the OpenAPI document.

export const LEDGER_EXPORT_FORMATS = ["xlsx", "zip"] as const;
export type LedgerExportFormat = (typeof LEDGER_EXPORT_FORMATS)[number];

export const ledgerExportQuery = z.object({
  department: idSchema.optional().describe("单位 id：只导出该单位填报的台账；联络员只能导出本单位"),
  city: idSchema.optional().describe("城市 id：省级督导和系统管理员导出全市台账时必填"),
  format: z
    .enum(LEDGER_EXPORT_FORMATS, { error: "格式只能是 xlsx 或 zip" })
    .default("xlsx")
    .describe("xlsx：工作台账；zip：网上申报材料（按测评标准编码分文件夹的佐证材料和工作台账）"),
});
export type LedgerExportQuery = z.input<typeof ledgerExportQuery>;
