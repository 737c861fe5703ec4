import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { getT } from "@/lib/i18n/server";
import type { CoverageAction, CoverageCriterion } from "@/lib/validation/coverage";

/** Criteria × actions: each cell counts the action's tasks serving the criterion; gaps are highlighted. */
export async function CoverageMatrix({ criteria, actions }: { criteria: CoverageCriterion[]; actions: CoverageAction[] }) {
  const t = await getT();
  const columns = 4 + actions.length;
  return (
    <Table caption={t("coverage.matrixTitle")}>
      <thead>
        <tr>
          <Th>{t("coverage.code")}</Th>
          <Th>{t("coverage.criterion")}</Th>
          <Th className="text-right">{t("coverage.points")}</Th>
          {actions.map((action) => (
            <Th key={action.id} className="max-w-32 text-center whitespace-normal">
              {action.name}
            </Th>
          ))}
          <Th>{t("coverage.status")}</Th>
        </tr>
      </thead>
      <tbody>
        {criteria.length === 0 && <EmptyRow colSpan={columns}>{t("coverage.noCriteria")}</EmptyRow>}
        {criteria.map((criterion) => {
          const counts = new Map<string, number>();
          for (const task of criterion.tasks) counts.set(task.actionId, (counts.get(task.actionId) ?? 0) + 1);
          return (
            <Tr key={criterion.id} className={criterion.gap ? "bg-amber-50" : ""}>
              <Td className="font-mono text-xs whitespace-nowrap">{criterion.code}</Td>
              <Td>
                <span>{criterion.name}</span>
                {criterion.isLocal && (
                  <span className="ml-1">
                    <Badge>{t("coverage.local")}</Badge>
                  </span>
                )}
                <span className="block text-xs text-slate-500">
                  {criterion.categoryName} · {criterion.contentName}
                </span>
              </Td>
              <Td className="text-right tabular-nums">{criterion.points}</Td>
              {actions.map((action) => (
                <Td
                  key={action.id}
                  className="text-center tabular-nums"
                  title={
                    criterion.tasks
                      .filter((task) => task.actionId === action.id)
                      .map((task) => task.title)
                      .join("\n") || undefined
                  }
                >
                  {counts.get(action.id) ?? ""}
                </Td>
              ))}
              <Td>{criterion.gap ? <Badge tone="amber">{t("coverage.gap")}</Badge> : <Badge tone="green">{t("coverage.covered")}</Badge>}</Td>
            </Tr>
          );
        })}
      </tbody>
    </Table>
  );
}
