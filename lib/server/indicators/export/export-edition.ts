import type { Actor } from "@/lib/auth/actor";
import { formatInstant } from "@/lib/domain/dates";
import { pickEditionData, type EditionData } from "@/lib/domain/indicators/edition-data";
import { formatEditionYaml } from "@/lib/domain/indicators/edition-document";
import { editionSheets } from "@/lib/domain/indicators/edition-workbook";
import { localizeEdition } from "@/lib/domain/indicators/localize-edition";
import { XLSX_CONTENT_TYPE } from "@/lib/domain/tabular-import/content-disposition";
import { writeWorkbook } from "@/lib/domain/tabular-import/write-workbook";
import { invalidInput } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/server/use-case";
import { exportEditionInput, type ExportEditionInput } from "@/lib/validation/indicators";
import { getEditionOrThrow } from "../get-edition-or-throw";
import { loadCityLocalization } from "./load-city-localization";

export type ExportedFile = { bytes: Uint8Array<ArrayBuffer>; fileName: string; asciiFileName: string; contentType: string };

/**
 * An edition as a file in the import's own format (.xlsx layout or the sample's YAML), so that
 * export → import round-trips exactly. With `cityId`, the city's adopted, localized version:
 * its local criteria, its departments and deadlines where it changed them, under its own code.
 */
export async function exportEdition(actor: Actor, input: ExportEditionInput): Promise<ExportedFile> {
  const parsed = exportEditionInput.safeParse(input);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const { editionId, format, cityId } = parsed.data;
  const tree = await getEditionOrThrow(actor, editionId, { cityId });
  let edition: EditionData = pickEditionData(tree);
  if (cityId) {
    const { city, byCode, streetOfficeCount } = await loadCityLocalization(editionId, cityId);
    edition = localizeEdition(edition, byCode, { code: `${tree.code}-${city.slug}`, name: `${tree.name}（${city.name}）`, streetOfficeCount });
  }
  if (format === "yaml") {
    const comment = `${edition.name}：由创文导出于 ${formatInstant(new Date())}，可直接导入。`;
    return {
      bytes: new TextEncoder().encode(formatEditionYaml(edition, comment)),
      fileName: `${edition.name}.yaml`,
      asciiFileName: `${edition.code}.yaml`,
      contentType: "application/yaml; charset=utf-8",
    };
  }
  return {
    bytes: await writeWorkbook(editionSheets(edition)),
    fileName: `${edition.name}.xlsx`,
    asciiFileName: `${edition.code}.xlsx`,
    contentType: XLSX_CONTENT_TYPE,
  };
}
