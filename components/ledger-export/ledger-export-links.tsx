import { buttonClass } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";

/**
 * Download links for the ledger (工作台账, .xlsx) and the online-submission zip (网上申报材料):
 * one department's ledger, or without `departmentId` the signed-in user's whole city (a province
 * or system reader names the city with `cityId`). Plain anchors: the API answers with a file.
 */
export async function LedgerExportLinks({ departmentId, cityId }: { departmentId?: string; cityId?: string }) {
  const t = await getT();
  const query = (format: "xlsx" | "zip") => {
    const params = new URLSearchParams({ format });
    if (departmentId) params.set("department", departmentId);
    if (cityId) params.set("city", cityId);
    return `/api/v1/ledger/export?${params.toString()}`;
  };
  return (
    <span className="inline-flex flex-wrap gap-2">
      <a href={query("xlsx")} download className={buttonClass("secondary")} title={t("ledgerExport.xlsxHint")}>
        {t("ledgerExport.xlsx")}
      </a>
      <a href={query("zip")} download className={buttonClass("secondary")} title={t("ledgerExport.zipHint")}>
        {t("ledgerExport.zip")}
      </a>
    </span>
  );
}
