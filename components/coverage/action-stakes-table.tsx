import Link from "next/link";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { getT } from "@/lib/i18n/server";
import type { CoverageAction } from "@/lib/validation/coverage";

/** Per action: its tasks, the criteria they serve and the points at stake. */
export async function ActionStakesTable({ actions }: { actions: CoverageAction[] }) {
  const t = await getT();
  return (
    <Table caption={t("coverage.actionsTitle")}>
      <thead>
        <tr>
          <Th>{t("coverage.action")}</Th>
          <Th className="text-right">{t("coverage.taskCount")}</Th>
          <Th>{t("coverage.criteriaServed")}</Th>
          <Th className="text-right">{t("coverage.pointsAtStake")}</Th>
        </tr>
      </thead>
      <tbody>
        {actions.length === 0 && <EmptyRow colSpan={4}>{t("coverage.noActions")}</EmptyRow>}
        {actions.map((action) => (
          <Tr key={action.id}>
            <Td className="font-medium">
              <Link href={`/tasks?action=${action.id}`} className="hover:underline">
                {action.name}
              </Link>
            </Td>
            <Td className="text-right tabular-nums">{action.taskCount}</Td>
            <Td className="font-mono text-xs">{action.criteria.join("、") || "—"}</Td>
            <Td className="text-right tabular-nums">{action.pointsAtStake}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
