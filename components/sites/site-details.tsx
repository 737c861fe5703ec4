import { Badge } from "@/components/ui/badge";
import { getT } from "@/lib/i18n/server";
import type { SiteRow } from "@/lib/validation/sites";

export async function SiteDetails({ site }: { site: SiteRow }) {
  const t = await getT();
  const rows: Array<[string, string]> = [
    [t("sites.fields.code"), site.code],
    [t("sites.fields.siteTypeId"), site.siteType.name],
    [t("sites.fields.street"), site.street ?? "—"],
    [t("sites.fields.grid"), site.grid ?? "—"],
    [t("sites.fields.address"), site.address ?? "—"],
    [t("sites.coordinates"), site.longitude && site.latitude ? `${site.longitude}, ${site.latitude}` : "—"],
    [t("sites.fields.responsibleDepartmentId"), site.responsibleDepartment.name],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
      <dt className="text-slate-500">{t("sites.status")}</dt>
      <dd>{site.active ? <Badge tone="green">{t("sites.active")}</Badge> : <Badge tone="red">{t("sites.inactive")}</Badge>}</dd>
    </dl>
  );
}
