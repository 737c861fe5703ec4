import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { getT } from "@/lib/i18n/server";
import type { DepartmentRow } from "@/lib/validation/departments";

export async function DepartmentsTable({ items, showCity }: { items: DepartmentRow[]; showCity: boolean }) {
  const t = await getT();
  const columns = showCity ? 6 : 5;
  return (
    <Table caption={t("departments.title")}>
      <thead>
        <tr>
          <Th>{t("departments.fields.name")}</Th>
          {showCity && <Th>{t("departments.fields.city")}</Th>}
          <Th>{t("departments.fields.kind")}</Th>
          <Th>{t("departments.leader")}</Th>
          <Th>{t("departments.liaison")}</Th>
          <Th>{t("departments.liaisonAccounts")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 && <EmptyRow colSpan={columns}>{t("departments.empty")}</EmptyRow>}
        {items.map((department) => (
          <Tr key={department.id} className={department.deletedAt ? "bg-slate-50 text-slate-500" : ""}>
            <Td>
              <Link href={`/departments/${department.id}`} className="font-medium text-red-800 hover:underline">
                {department.name}
              </Link>
              {department.shortName && <span className="ml-1 text-slate-500">（{department.shortName}）</span>}
              {department.deletedAt && (
                <span className="ml-2">
                  <Badge tone="red">{t("departments.deleted")}</Badge>
                </span>
              )}
            </Td>
            {showCity && <Td>{department.cityName}</Td>}
            <Td>
              <Badge tone={department.kind === "STREET_OFFICE" ? "blue" : "neutral"}>{t(`departments.kinds.${department.kind}`)}</Badge>
            </Td>
            <Td>{[department.leaderName, department.leaderTitle].filter(Boolean).join(" · ") || "—"}</Td>
            <Td>{[department.liaisonName, department.liaisonPhone].filter(Boolean).join(" · ") || "—"}</Td>
            <Td>{department.liaisonUsers.map((user) => user.name).join("、") || "—"}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
