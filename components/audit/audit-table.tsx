import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { formatInstant } from "@/lib/domain/dates";
import { getT } from "@/lib/i18n/server";
import type { AuditEntryRow } from "@/lib/validation/audit";

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <p className="text-xs font-medium text-slate-500">{label}</p>
      <pre className="mt-0.5 max-h-64 overflow-auto rounded bg-slate-50 p-2 font-mono text-xs whitespace-pre-wrap break-all">
        {value === null || value === undefined ? "—" : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

export async function AuditTable({ items }: { items: AuditEntryRow[] }) {
  const t = await getT();
  return (
    <Table caption={t("audit.title")}>
      <thead>
        <tr>
          <Th>{t("audit.fields.at")}</Th>
          <Th>{t("audit.fields.actor")}</Th>
          <Th>{t("audit.fields.action")}</Th>
          <Th>{t("audit.fields.entity")}</Th>
          <Th>{t("audit.fields.changes")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 && <EmptyRow colSpan={5}>{t("audit.empty")}</EmptyRow>}
        {items.map((entry) => (
          <Tr key={entry.id}>
            <Td className="whitespace-nowrap">
              <time dateTime={entry.at}>{formatInstant(new Date(entry.at))}</time>
            </Td>
            <Td className="min-w-44 [overflow-wrap:anywhere]">{entry.actorLabel}</Td>
            <Td>
              <code className="font-mono text-xs">{entry.action}</code>
            </Td>
            <Td>
              {entry.entityType}
              {entry.entityId && <code className="block font-mono text-xs text-slate-500">{entry.entityId}</code>}
            </Td>
            <Td className="min-w-64">
              {entry.before === null && entry.after === null ? (
                "—"
              ) : (
                <details>
                  <summary className="cursor-pointer text-sm text-red-800">{t("audit.showChanges")}</summary>
                  <div className="mt-2 grid gap-2 lg:grid-cols-2">
                    <JsonBlock label={t("audit.fields.before")} value={entry.before} />
                    <JsonBlock label={t("audit.fields.after")} value={entry.after} />
                  </div>
                </details>
              )}
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
