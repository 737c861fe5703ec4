import Link from "next/link";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { TaskProgress } from "@/lib/server/tasks/get-task-progress";
import type { Translate } from "@/lib/i18n/translate";

/** Per department, counting the tasks it leads (said in the heading): each task counts once. */
export function ProgressByDepartment({ rows, t }: { rows: TaskProgress["byDepartment"]; t: Translate }) {
  return (
    <section aria-labelledby="progress-by-department" className="mb-5">
      <h2 id="progress-by-department" className="text-base font-semibold text-slate-900">
        {t("tasks.byDepartment.heading")}
      </h2>
      <p className="mb-2 text-xs text-slate-500">{t("tasks.byDepartment.note")}</p>
      <Table caption={t("tasks.byDepartment.heading")}>
        <thead>
          <tr>
            <Th>{t("tasks.byDepartment.department")}</Th>
            <Th className="text-right">{t("tasks.summary.total")}</Th>
            <Th className="text-right">{t("tasks.summary.completed")}</Th>
            <Th className="text-right">{t("tasks.summary.inProgress")}</Th>
            <Th className="text-right">{t("tasks.summary.notStarted")}</Th>
            <Th className="text-right">{t("tasks.summary.overdue")}</Th>
            <Th>{t("tasks.summary.rate")}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && <EmptyRow colSpan={7}>{t("tasks.table.empty")}</EmptyRow>}
          {rows.map((row) => (
            <Tr key={row.department.id}>
              <Td>
                <Link href={`/tasks?department=${encodeURIComponent(row.department.id)}`} className="hover:underline">
                  {row.department.name}
                </Link>
              </Td>
              <Td className="text-right tabular-nums">{row.total}</Td>
              <Td className="text-right tabular-nums">{row.completed}</Td>
              <Td className="text-right tabular-nums">{row.inProgress}</Td>
              <Td className="text-right tabular-nums">{row.notStarted}</Td>
              <Td className="text-right tabular-nums text-red-700">{row.overdue}</Td>
              <Td className="tabular-nums whitespace-nowrap">{row.arithmetic ?? t("tasks.summary.noRate")}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
