"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { OutcomeControl } from "@/components/inspect/outcome-control";
import { outcomeSummary } from "@/components/inspect/outcome-summary";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/input";
import { submitDeskCheckAction } from "@/lib/actions/rounds";
import { CheckCorrection } from "./check-correction";
import { explainRubric } from "@/lib/domain/indicators/explain-rubric";
import type { RubricKindCode } from "@/lib/domain/indicators/labels";
import type { RubricParams } from "@/lib/domain/indicators/rubric-params";
import type { Rubric } from "@/lib/inspect/api-types";
import { newClientKey } from "@/lib/inspect/client-key";
import { EMPTY_OUTCOME_INPUT, outcomeFromInput } from "@/lib/inspect/outcome-input";
import { useT } from "@/lib/i18n/client";
import type { ChecklistItem } from "@/lib/validation/checks";

type Props = { roundId: string; item: ChecklistItem; isOpen: boolean };

/** One desk criterion (材料、问卷、网上申报、数据): its rubric in plain Chinese and, while the round runs, the control its kind needs. */
export function DeskCheckItem({ roundId, item, isOpen }: Props) {
  const t = useT();
  const { criterion } = item;
  const rubric = criterion.rubric as Rubric;
  const { kind, ...params } = rubric;
  const [input, setInput] = useState(EMPTY_OUTCOME_INPUT);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [isPending, startTransition] = useTransition();
  // One key per entry on this screen: a double click or a retry saves one check.
  const [clientKey] = useState(newClientKey);
  const id = `desk-${criterion.id}`;

  function save() {
    const outcome = outcomeFromInput(rubric, input);
    if (!outcome.ok) return setError(t(outcome.errorKey));
    setError(undefined);
    startTransition(async () => {
      const result = await submitDeskCheckAction({ roundId, clientKey, criterionId: criterion.id, visitStatus: "INSPECTED", outcome: outcome.outcome, note });
      if (!result.ok) setError(result.fieldErrors?.outcome?.join("；") ?? errorMessage(t, result));
    });
  }

  return (
    <li className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <div>
        <p className="font-medium text-slate-900">
          <span className="tabular-nums text-slate-500">{criterion.code}</span> {criterion.title}
          <span className="ml-2 text-sm text-slate-500">{t("rounds.desk.points", { points: criterion.points })}</span>
        </p>
        <p className="text-sm text-slate-600">
          {explainRubric({ rubricKind: kind as RubricKindCode, rubricParams: params as RubricParams, points: criterion.points })}
        </p>
      </div>
      {item.check ? (
        <div className="space-y-2">
          <p className="text-sm text-slate-800">
            {t("rounds.desk.saved")}
            {outcomeSummary(t, rubric, item.check.visitStatus, item.check.outcome)}
            {item.check.note && <span className="text-slate-500">（{item.check.note}）</span>}
          </p>
          {isOpen && <CheckCorrection key={item.check.version} rubric={rubric} check={item.check} allowVisit={item.check.visitStatus !== "INSPECTED"} />}
        </div>
      ) : isOpen ? (
        <div className="space-y-2">
          <OutcomeControl id={id} rubric={rubric} value={input} onChange={setInput} error={error} />
          <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-700">
            {t("rounds.desk.note")}
          </label>
          <textarea id={`${id}-note`} rows={2} className={controlClass} value={note} onChange={(event) => setNote(event.target.value)} />
          <Button disabled={isPending} onClick={save}>
            {isPending ? t("common.saving") : t("rounds.desk.save")}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-slate-500">{t("rounds.desk.notChecked")}</p>
      )}
    </li>
  );
}
