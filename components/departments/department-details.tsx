import { Badge } from "@/components/ui/badge";
import { getT } from "@/lib/i18n/server";
import type { DepartmentRow } from "@/lib/validation/departments";

export async function DepartmentDetails({ department }: { department: DepartmentRow }) {
  const t = await getT();
  const rows: [string, React.ReactNode][] = [
    [t("departments.fields.city"), department.cityName],
    [t("departments.fields.kind"), t(`departments.kinds.${department.kind}`)],
    [t("departments.fields.shortName"), department.shortName],
    [t("departments.fields.leaderName"), department.leaderName],
    [t("departments.fields.leaderTitle"), department.leaderTitle],
    [t("departments.fields.liaisonName"), department.liaisonName],
    [t("departments.fields.liaisonPhone"), department.liaisonPhone],
    [t("departments.liaisonAccounts"), department.liaisonUsers.map((user) => `${user.name} <${user.email}>`).join("、")],
    [t("departments.fields.sortOrder"), department.sortOrder],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {department.deletedAt && (
        <div className="sm:col-span-2">
          <Badge tone="red">{t("departments.deleted")}</Badge>
        </div>
      )}
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="mt-0.5 text-sm text-slate-900">{value === null || value === "" ? "—" : value}</dd>
        </div>
      ))}
    </dl>
  );
}
