import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { getT } from "@/lib/i18n/server";
import type { SiteRow } from "@/lib/validation/sites";

export async function SitesTable({ items }: { items: SiteRow[] }) {
  const t = await getT();
  return (
    <Table caption={t("sites.title")}>
      <thead>
        <tr>
          <Th>{t("sites.fields.code")}</Th>
          <Th>{t("sites.fields.name")}</Th>
          <Th>{t("sites.fields.siteTypeId")}</Th>
          <Th>{t("sites.fields.street")}</Th>
          <Th>{t("sites.fields.grid")}</Th>
          <Th>{t("sites.fields.responsibleDepartmentId")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 && <EmptyRow colSpan={6}>{t("sites.empty")}</EmptyRow>}
        {items.map((site) => (
          <Tr key={site.id} className={site.active ? "" : "bg-slate-50 text-slate-500"}>
            <Td className="font-mono text-xs">{site.code}</Td>
            <Td>
              <Link href={`/sites/${site.id}`} className="font-medium text-red-800 hover:underline">
                {site.name}
              </Link>
              {!site.active && (
                <span className="ml-2">
                  <Badge tone="red">{t("sites.inactive")}</Badge>
                </span>
              )}
              {site.address && <div className="text-xs text-slate-500">{site.address}</div>}
            </Td>
            <Td>{site.siteType.name}</Td>
            <Td>{site.street ?? "—"}</Td>
            <Td>{site.grid ?? "—"}</Td>
            <Td>{site.responsibleDepartment.name}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
