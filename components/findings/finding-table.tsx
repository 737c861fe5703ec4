"use client";
import Link from "next/link";
import { useState } from "react";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { useT } from "@/lib/i18n/client";
import type { FindingItem } from "@/lib/validation/findings";
import { FindingBadges } from "./finding-badges";
import { FindingBulkBar } from "./finding-bulk-bar";

/** The findings of one page; the office ticks rows and dispatches them together. */
export function FindingTable({ items, canDispatch }: { items: FindingItem[]; canDispatch: boolean }) {
  const t = useT();
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string) => setSelected((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]));
  const allIds = items.map((item) => item.id);
  const isAll = allIds.length > 0 && allIds.every((id) => selected.includes(id));
  const titles = Object.fromEntries(items.map((item) => [item.id, item.description]));

  return (
    <div className="space-y-2">
      {canDispatch && <FindingBulkBar selectedIds={selected} titles={titles} onDone={() => setSelected([])} />}
      <Table caption={t("findings.table.caption")}>
        <thead>
          <tr>
            {canDispatch && (
              <Th className="w-10">
                <input
                  type="checkbox"
                  className="size-4"
                  aria-label={t("findings.table.selectAll")}
                  checked={isAll}
                  onChange={() => setSelected(isAll ? [] : allIds)}
                />
              </Th>
            )}
            <Th>{t("findings.table.description")}</Th>
            <Th>{t("findings.table.criterion")}</Th>
            <Th>{t("findings.table.site")}</Th>
            <Th>{t("findings.table.department")}</Th>
            <Th>{t("findings.table.dueDate")}</Th>
            <Th>{t("findings.table.status")}</Th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && <EmptyRow colSpan={canDispatch ? 7 : 6}>{t("findings.table.empty")}</EmptyRow>}
          {items.map((item) => (
            <Tr key={item.id}>
              {canDispatch && (
                <Td>
                  <input
                    type="checkbox"
                    className="size-4"
                    aria-label={t("findings.table.select", { name: item.description })}
                    checked={selected.includes(item.id)}
                    onChange={() => toggle(item.id)}
                  />
                </Td>
              )}
              <Td>
                <Link href={`/findings/${item.id}`} className="text-sky-700 hover:underline">
                  {item.description}
                </Link>
              </Td>
              <Td>{item.criterion ? `${item.criterion.code} ${item.criterion.title}` : "—"}</Td>
              <Td>{item.site?.name ?? "—"}</Td>
              <Td>{item.department.name}</Td>
              <Td className="whitespace-nowrap">{item.dueDate}</Td>
              <Td>
                <FindingBadges finding={item} t={t} />
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
