"use client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useT } from "@/lib/i18n/client";
import type { TaskImportPreview as Preview } from "@/lib/validation/task-import";

/** What the import will create: counts, tasks per action (new actions marked) and the first rows. */
export function TaskImportPreview({ preview }: { preview: Preview }) {
  const t = useT();
  const { counts, annualPlan } = preview;
  const period = (row: Preview["rows"][number]) => row.deadline ?? t(`taskImport.recurrence.${row.recurrence}`);
  return (
    <div className="space-y-3">
      <Alert tone="success">
        <p className="font-medium">{t("taskImport.previewTitle", { year: annualPlan.year, title: annualPlan.title })}</p>
        <p>{t("taskImport.counts", { tasks: counts.tasks, newActions: counts.newActions, departments: counts.departments })}</p>
      </Alert>
      {preview.newActionNames.length > 0 && <Alert tone="warning">{t("taskImport.newActions", { names: preview.newActionNames.join("、") })}</Alert>}
      <Table caption={t("taskImport.perActionTitle")}>
        <thead>
          <tr>
            <Th>{t("taskImport.action")}</Th>
            <Th className="text-right">{t("taskImport.taskCount")}</Th>
          </tr>
        </thead>
        <tbody>
          {preview.actions.map((action) => (
            <Tr key={action.name}>
              <Td>
                {action.name}
                {action.isNew && (
                  <span className="ml-2">
                    <Badge tone="amber">{t("taskImport.new")}</Badge>
                  </span>
                )}
              </Td>
              <Td className="text-right tabular-nums">{action.tasks}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      <Table caption={t("taskImport.rowsTitle")}>
        <thead>
          <tr>
            <Th>{t("taskImport.row")}</Th>
            <Th>{t("taskImport.action")}</Th>
            <Th>{t("taskImport.taskTitle")}</Th>
            <Th>{t("taskImport.lead")}</Th>
            <Th>{t("taskImport.co")}</Th>
            <Th>{t("taskImport.due")}</Th>
            <Th>{t("taskImport.criteria")}</Th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <Tr key={row.row}>
              <Td className="tabular-nums">{row.row}</Td>
              <Td>{row.action}</Td>
              <Td>{row.title}</Td>
              <Td className="whitespace-nowrap">{row.leadDepartment}</Td>
              <Td>{row.coDepartments.join("、") || "—"}</Td>
              <Td className="whitespace-nowrap">{period(row)}</Td>
              <Td className="font-mono text-xs">{row.criteria.join("、") || "—"}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      {counts.tasks > preview.rows.length && (
        <p className="text-sm text-slate-600">{t("taskImport.moreRows", { count: counts.tasks - preview.rows.length })}</p>
      )}
    </div>
  );
}
