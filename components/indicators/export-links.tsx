import { buttonClass } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";

/** Download links of an edition's export (plain anchors: the API answers a file, not a page). */
export async function ExportLinks({ editionId, label, cityId }: { editionId: string; label: string; cityId?: string }) {
  const t = await getT();
  const href = (format: string) =>
    `/api/v1/editions/${encodeURIComponent(editionId)}/export?format=${format}${cityId ? `&cityId=${encodeURIComponent(cityId)}` : ""}`;
  return (
    <span className="inline-flex gap-1">
      {["xlsx", "yaml"].map((format) => (
        <a
          key={format}
          href={href(format)}
          download
          className={buttonClass("secondary", "sm")}
          aria-label={t("indicators.editions.exportAs", { name: label, format: format.toUpperCase() })}
        >
          {format === "xlsx" ? "Excel" : "YAML"}
        </a>
      ))}
    </span>
  );
}
