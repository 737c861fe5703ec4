import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { editionTemplateSheets } from "@/lib/domain/indicators/edition-template";
import { XLSX_CONTENT_TYPE } from "@/lib/domain/tabular-import/content-disposition";
import { writeWorkbook } from "@/lib/domain/tabular-import/write-workbook";
import type { ExportedFile } from "./export-edition";

/** The blank workbook to fill by hand: instructions, the two sheets of the layout and example rows. */
export async function getEditionTemplate(actor: Actor): Promise<ExportedFile> {
  assertCan(actor, "read:edition");
  return {
    bytes: await writeWorkbook(editionTemplateSheets()),
    fileName: "测评体系导入模板.xlsx",
    asciiFileName: "edition-template.xlsx",
    contentType: XLSX_CONTENT_TYPE,
  };
}
