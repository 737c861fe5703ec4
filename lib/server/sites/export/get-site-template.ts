import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { siteTemplateSheets } from "@/lib/domain/sites/site-workbook";
import { XLSX_CONTENT_TYPE } from "@/lib/domain/tabular-import/content-disposition";
import { writeWorkbook } from "@/lib/domain/tabular-import/write-workbook";

/** The empty site template with its instructions and the list of site types, for anyone who may import sites. */
export async function getSiteTemplate(actor: Actor) {
  assertCan(actor, "manage:site");
  const types = await db().siteType.findMany({ select: { name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
  return {
    bytes: await writeWorkbook(siteTemplateSheets(types.map((type) => type.name))),
    fileName: "点位导入模板.xlsx",
    asciiFileName: "site-template.xlsx",
    contentType: XLSX_CONTENT_TYPE,
  };
}
