"use client";
import { useState } from "react";
import { CheckCorrectionForm } from "@/components/inspect/check-correction-form";
import { errorMessage } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { correctCheckAction } from "@/lib/actions/checks";
import type { ActionResult } from "@/lib/actions/run-action";
import type { Rubric, SavedCheckJson } from "@/lib/inspect/api-types";
import type { CorrectionBody, CorrectionResult } from "@/lib/inspect/check-correction";
import type { Translate } from "@/lib/i18n/translate";
import { useT } from "@/lib/i18n/client";

/** The server action's answer in the shape the correction form reads. */
export function correctionResultOf(t: Translate, result: ActionResult<SavedCheckJson>): CorrectionResult {
  if (result.ok) return { kind: "saved", check: result.data };
  if (result.code === "VERSION_CONFLICT") {
    const current = (result.details as { current?: SavedCheckJson } | undefined)?.current ?? null;
    return { kind: "conflict", current, message: errorMessage(t, result) };
  }
  // A field error of its own stays beside its field; a refusal (round closed, not found) is said once.
  return { kind: "rejected", message: errorMessage(t, result), ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) };
}

type Props = { rubric: Rubric; check: SavedCheckJson; allowVisit: boolean };

/** 更正 on the round page: a small form under the saved check; the page reads the check again once it is saved. */
export function CheckCorrection({ rubric, check, allowVisit }: Props) {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  if (!isOpen) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        {t("inspect.correction.correct")}
      </Button>
    );
  }
  return (
    <CheckCorrectionForm
      id={`correct-${check.id}`}
      rubric={rubric}
      check={check}
      allowVisit={allowVisit}
      send={async (body: CorrectionBody) => correctionResultOf(t, await correctCheckAction({ id: check.id, ...body }))}
      onSaved={() => setOpen(false)}
      onCancel={() => setOpen(false)}
    />
  );
}
