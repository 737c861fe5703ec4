import Link from "next/link";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { StreetSummary, SummaryCell } from "@/lib/domain/sites/street-summary";
import { getT } from "@/lib/i18n/server";

type Translate = Awaited<ReturnType<typeof getT>>;

function CellContent({ cell, t, href }: { cell: SummaryCell | undefined; t: Translate; href?: string }) {
  if (!cell || cell.sites === 0) return <span className="text-slate-300">—</span>;
  const count = t("sites.streets.sites", { count: cell.sites });
  return (
    <div className="whitespace-nowrap">
      {href ? (
        <Link href={href} className="font-medium text-red-800 hover:underline">
          {count}
        </Link>
      ) : (
        <span className="font-medium">{count}</span>
      )}
      <div className="text-xs">
        {cell.passed > 0 && <span className="text-green-700">{t("sites.streets.passed", { count: cell.passed })} </span>}
        {cell.failed > 0 && <span className="text-red-700">{t("sites.streets.failed", { count: cell.failed })} </span>}
        {cell.unchecked > 0 && <span className="text-slate-500">{t("sites.streets.unchecked", { count: cell.unchecked })}</span>}
      </div>
    </div>
  );
}

function typeTotal(summary: StreetSummary, typeId: string): SummaryCell {
  const total: SummaryCell = { sites: 0, passed: 0, failed: 0, unchecked: 0 };
  for (const row of summary.rows) {
    const cell = row.cells[typeId];
    if (!cell) continue;
    total.sites += cell.sites;
    total.passed += cell.passed;
    total.failed += cell.failed;
    total.unchecked += cell.unchecked;
  }
  return total;
}

/** Streets as rows, site types as columns; each cell the sites there and their latest results. */
export async function StreetSummaryTable({ summary }: { summary: StreetSummary & { cityId: string } }) {
  const t = await getT();
  const listHref = (street: string | null, typeId?: string) => {
    const query = new URLSearchParams({ ...(street ? { street } : {}), ...(typeId ? { type: typeId } : {}) });
    return street === null ? undefined : `/sites?${query}`;
  };
  return (
    <Table caption={t("sites.streets.caption")}>
      <thead>
        <tr>
          <Th>{t("sites.fields.street")}</Th>
          <Th>{t("sites.streets.total")}</Th>
          {summary.types.map((type) => (
            <Th key={type.id}>{type.name}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.rows.length === 0 && <EmptyRow colSpan={summary.types.length + 2}>{t("sites.empty")}</EmptyRow>}
        {summary.rows.map((row) => (
          <Tr key={row.street ?? ""}>
            <Td className="font-medium">{row.street ?? t("sites.streets.noStreet")}</Td>
            <Td>
              <CellContent cell={row.total} t={t} href={listHref(row.street)} />
            </Td>
            {summary.types.map((type) => (
              <Td key={type.id}>
                <CellContent cell={row.cells[type.id]} t={t} href={listHref(row.street, type.id)} />
              </Td>
            ))}
          </Tr>
        ))}
        {summary.rows.length > 1 && (
          <Tr className="bg-slate-50">
            <Td className="font-medium">{t("sites.streets.total")}</Td>
            <Td>
              <CellContent cell={summary.total} t={t} />
            </Td>
            {summary.types.map((type) => (
              <Td key={type.id}>
                <CellContent cell={typeTotal(summary, type.id)} t={t} />
              </Td>
            ))}
          </Tr>
        )}
      </tbody>
    </Table>
  );
}
