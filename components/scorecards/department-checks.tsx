import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { DepartmentDrilldown } from "@/lib/server/console/get-department-drilldown";
import { outcomeText } from "./outcome-text";

const absent = "—";

/** The checks behind a department's inspection score, criterion by criterion, with the sum written out. */
export function InspectionBreakdown({ drill, t }: { drill: DepartmentDrilldown; t: Translate }) {
  const { inspection, row } = drill;
  return (
    <Card title={t("scorecards.drill.inspection")}>
      <div id="inspection" className="scroll-mt-4">
        <p className="mb-3 text-sm text-slate-700" data-testid="inspection-sum">
          {t("scorecards.drill.inspectionSum", { earned: inspection.earned, possible: inspection.possible, score: row.inspectionScore ?? absent })}
        </p>
        <Table caption={t("scorecards.drill.inspection")}>
          <thead>
            <tr>
              <Th>{t("scorecards.drill.criterion")}</Th>
              <Th>{t("scorecards.drill.site")}</Th>
              <Th>{t("scorecards.drill.outcome")}</Th>
              <Th className="text-right">{t("scorecards.drill.earnedPossible")}</Th>
            </tr>
          </thead>
          {inspection.criteria.length === 0 && (
            <tbody>
              <EmptyRow colSpan={4}>{t("scorecards.drill.noChecks")}</EmptyRow>
            </tbody>
          )}
          {inspection.criteria.map((criterion) => (
            <tbody key={criterion.code} data-criterion={criterion.code}>
              <tr className="border-t border-slate-200 bg-slate-50/60">
                <Td className="font-medium" colSpan={3}>
                  <span className="tabular-nums">{criterion.code}</span> {criterion.name ?? ""}
                </Td>
                <Td className="text-right font-medium tabular-nums">
                  {criterion.earned} / {criterion.possible}
                </Td>
              </tr>
              {criterion.checks.map((check, index) => (
                <Tr key={index}>
                  <Td className="pl-6 text-slate-500">{t("scorecards.drill.checkNumber", { n: index + 1 })}</Td>
                  <Td>{check.site ? `${check.site.name}${check.site.code ? `（${check.site.code}）` : ""}` : t("scorecards.drill.deskCheck")}</Td>
                  <Td>{outcomeText(check.outcome, t)}</Td>
                  <Td />
                </Tr>
              ))}
            </tbody>
          ))}
        </Table>
      </div>
    </Card>
  );
}

/** The findings in the rectification rate's denominator, those on time making its numerator. */
export function RectificationBreakdown({ drill, t }: { drill: DepartmentDrilldown; t: Translate }) {
  const { findings, onTime } = drill.rectification;
  return (
    <Card title={t("scorecards.drill.rectification")}>
      <div id="rectification" className="scroll-mt-4">
        <p className="mb-3 text-sm text-slate-700">
          {t("scorecards.drill.rectificationSum", { onTime, due: findings.length, rate: drill.row.rectificationRate ?? absent })}
        </p>
        <Table caption={t("scorecards.drill.rectification")}>
          <thead>
            <tr>
              <Th>{t("scorecards.drill.due")}</Th>
              <Th>{t("scorecards.drill.verifiedAt")}</Th>
              <Th>{t("scorecards.drill.counted")}</Th>
            </tr>
          </thead>
          <tbody>
            {findings.length === 0 && <EmptyRow colSpan={3}>{t("scorecards.drill.noFindings")}</EmptyRow>}
            {findings.map((finding, index) => (
              <Tr key={index}>
                <Td className="tabular-nums">{finding.due}</Td>
                <Td className="tabular-nums">{finding.verifiedAt ?? absent}</Td>
                <Td>
                  <Badge tone={finding.isOnTime ? "green" : "red"}>{t(finding.isOnTime ? "scorecards.drill.onTime" : "scorecards.drill.notOnTime")}</Badge>
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      </div>
    </Card>
  );
}

/** The department's lead tasks behind ledger completeness, those kept making its numerator. */
export function LedgerBreakdown({ drill, t }: { drill: DepartmentDrilldown; t: Translate }) {
  const { tasks, kept, windowStart } = drill.ledger;
  return (
    <Card title={t("scorecards.drill.ledger")}>
      <div id="ledger" className="scroll-mt-4">
        <p className="mb-1 text-sm text-slate-700">
          {t("scorecards.drill.ledgerSum", { kept, total: tasks.length, completeness: drill.row.ledgerCompleteness ?? absent })}
        </p>
        <p className="mb-3 text-xs text-slate-500">{t("scorecards.drill.ledgerRule", { from: windowStart, to: drill.publication.periodEnd })}</p>
        <Table caption={t("scorecards.drill.ledger")}>
          <thead>
            <tr>
              <Th>{t("scorecards.drill.task")}</Th>
              <Th>{t("scorecards.drill.completed")}</Th>
              <Th>{t("scorecards.drill.lastEntry")}</Th>
              <Th>{t("scorecards.drill.counted")}</Th>
            </tr>
          </thead>
          <tbody>
            {tasks.length === 0 && <EmptyRow colSpan={4}>{t("scorecards.drill.noTasks")}</EmptyRow>}
            {tasks.map((task, index) => (
              <Tr key={index}>
                <Td>{t("scorecards.drill.taskNumber", { n: index + 1 })}</Td>
                <Td>{t(task.isCompleted ? "scorecards.drill.yes" : "scorecards.drill.no")}</Td>
                <Td className="tabular-nums">{task.lastEntryDate ?? absent}</Td>
                <Td>
                  <Badge tone={task.isKept ? "green" : "neutral"}>{t(task.isKept ? "scorecards.drill.kept" : "scorecards.drill.notKept")}</Badge>
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      </div>
    </Card>
  );
}
