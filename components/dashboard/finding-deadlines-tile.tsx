import Link from "next/link";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { FindingDeadlines } from "@/lib/server/dashboard/get-finding-deadlines";
import { CockpitTile } from "./cockpit-tile";

/** The findings list filtered to a department (or all) and to overdue or due within the week. */
export function findingsHref(window: "overdue" | "dueSoon", departmentId?: string): string {
  const params = new URLSearchParams();
  if (departmentId) params.set("department", departmentId);
  params.set(window, "1");
  return `/findings?${params.toString()}`;
}

function CountLink({ count, href, label }: { count: number; href: string; label: string }) {
  if (count === 0) return <span className="text-slate-400">0</span>;
  return (
    <Link href={href} aria-label={label} className="font-medium text-red-800 tabular-nums hover:underline">
      {count}
    </Link>
  );
}

/** Unresolved findings per department: overdue, and due today … today + 6; every number opens its findings. */
export function FindingDeadlinesTile({ data, t }: { data: FindingDeadlines; t: Translate }) {
  const label = (window: "overdue" | "dueSoon", department: string, count: number) => t(`cockpit.deadlines.${window}Link`, { department, count });
  return (
    <CockpitTile id="cockpit-deadlines" title={t("cockpit.deadlines.title")} href="/findings?overdue=1" linkLabel={t("cockpit.deadlines.allOverdue")}>
      <p className="mb-2 text-xs text-slate-500">{t("cockpit.deadlines.description", { from: data.today, to: data.dueSoonEnd })}</p>
      <Table caption={t("cockpit.deadlines.title")}>
        <thead>
          <tr>
            <Th>{t("cockpit.deadlines.department")}</Th>
            <Th className="text-right">{t("cockpit.deadlines.overdue")}</Th>
            <Th className="text-right">{t("cockpit.deadlines.dueSoon")}</Th>
          </tr>
        </thead>
        <tbody>
          {data.departments.length === 0 ? (
            <EmptyRow colSpan={3}>{t("cockpit.deadlines.empty")}</EmptyRow>
          ) : (
            <>
              {data.departments.map((row) => (
                <Tr key={row.departmentId}>
                  <Td>{row.name}</Td>
                  <Td className="text-right">
                    <CountLink count={row.overdue} href={findingsHref("overdue", row.departmentId)} label={label("overdue", row.name, row.overdue)} />
                  </Td>
                  <Td className="text-right">
                    <CountLink count={row.dueSoon} href={findingsHref("dueSoon", row.departmentId)} label={label("dueSoon", row.name, row.dueSoon)} />
                  </Td>
                </Tr>
              ))}
              <Tr className="bg-slate-50">
                <Td className="font-medium">{t("cockpit.deadlines.total")}</Td>
                <Td className="text-right">
                  <CountLink
                    count={data.overdue}
                    href={findingsHref("overdue")}
                    label={label("overdue", t("cockpit.deadlines.allDepartments"), data.overdue)}
                  />
                </Td>
                <Td className="text-right">
                  <CountLink
                    count={data.dueSoon}
                    href={findingsHref("dueSoon")}
                    label={label("dueSoon", t("cockpit.deadlines.allDepartments"), data.dueSoon)}
                  />
                </Td>
              </Tr>
            </>
          )}
        </tbody>
      </Table>
    </CockpitTile>
  );
}
