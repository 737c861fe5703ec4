"use client";
import Link from "next/link";
import { useState } from "react";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { useT } from "@/lib/i18n/client";
import type { TaskRow } from "@/lib/validation/tasks";
import { TaskBulkBar } from "./task-bulk-bar";
import { sortHref, type TaskListQuery } from "./task-filters-query";
import { DispatchBadge, TaskStatusBadge } from "./task-table-badges";

type Props = { items: TaskRow[]; query: TaskListQuery; canBulk: boolean };

type SortColumn = "title" | "action" | "lead" | "deadline" | "status";

/** The task list; sortable column headers are links. The office selects rows for 交办 / 催办. */
export function TaskTable({ items, query, canBulk }: Props) {
  const t = useT();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const isAllSelected = items.length > 0 && items.every((task) => selected.has(task.id));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleAll = () => setSelected(isAllSelected ? new Set() : new Set(items.map((task) => task.id)));

  const header = (column: SortColumn, className = "") => {
    const isCurrent = query.sort === column;
    const order = query.order ?? "asc";
    return (
      <Th className={className} aria-sort={isCurrent ? (order === "asc" ? "ascending" : "descending") : undefined}>
        <Link
          href={sortHref(query, column)}
          className="inline-flex items-center gap-1 hover:underline"
          title={t("tasks.table.sortBy", { column: t(`tasks.table.${column}`) })}
        >
          {t(`tasks.table.${column}`)}
          <span aria-hidden="true" className="text-xs text-slate-400">
            {isCurrent ? (order === "asc" ? "▲" : "▼") : "↕"}
          </span>
        </Link>
      </Th>
    );
  };

  return (
    <div className="space-y-2">
      {canBulk && (
        <TaskBulkBar
          selectedIds={[...selected]}
          titles={Object.fromEntries(items.map((task) => [task.id, task.title]))}
          onDone={() => setSelected(new Set())}
        />
      )}
      <Table caption={t("tasks.table.caption")}>
        <thead>
          <tr>
            {canBulk && (
              <Th className="w-8">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={isAllSelected}
                  onChange={toggleAll}
                  aria-label={t("tasks.table.selectAll")}
                  disabled={items.length === 0}
                />
              </Th>
            )}
            {header("title")}
            {header("action")}
            {header("lead")}
            <Th>{t("tasks.table.co")}</Th>
            {header("deadline")}
            {header("status")}
            <Th>{t("tasks.table.dispatchStatus")}</Th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && <EmptyRow colSpan={canBulk ? 8 : 7}>{t("tasks.table.empty")}</EmptyRow>}
          {items.map((task) => (
            <Tr key={task.id}>
              {canBulk && (
                <Td>
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={selected.has(task.id)}
                    onChange={() => toggle(task.id)}
                    aria-label={t("tasks.table.select", { title: task.title })}
                  />
                </Td>
              )}
              <Td className="min-w-48">
                <Link href={`/tasks/${task.id}`} className="font-medium text-slate-900 hover:underline">
                  {task.title}
                </Link>
                {task.criteria.length > 0 && <p className="mt-0.5 font-mono text-xs text-slate-500">{task.criteria.join(" ")}</p>}
              </Td>
              <Td>{task.action.name}</Td>
              <Td>{task.leadDepartment.name}</Td>
              <Td className="text-slate-600">{task.coDepartments.map((department) => department.name).join("、") || t("tasks.table.none")}</Td>
              <Td className="whitespace-nowrap tabular-nums">
                {task.deadline ?? (task.recurrence === "NONE" ? t("tasks.table.none") : t(`tasks.recurrence.${task.recurrence}`))}
              </Td>
              <Td>
                <TaskStatusBadge status={task.status} t={t} />
              </Td>
              <Td>
                <DispatchBadge dispatchStatus={task.dispatchStatus} t={t} />
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
