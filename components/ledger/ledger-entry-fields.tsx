"use client";
import { SelectField } from "@/components/forms/select-field";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { EVIDENCE_ACCEPT } from "@/lib/domain/evidence/detect-evidence-kind";
import { EVIDENCE_FIELD } from "@/lib/domain/evidence/evidence-field";
import { megabytes } from "@/lib/domain/evidence/evidence-messages";
import { useT } from "@/lib/i18n/client";
import type { Figure } from "@/lib/validation/ledger";
import { FiguresField } from "./figures-field";
import { useUploadLimit } from "./upload-limit";
import type { FieldErrors } from "./send-ledger-form";

export type WritingDepartment = { id: string; name: string; isLead: boolean };

type Props = {
  /** Prefix of the controls' ids, unique on the page. */
  idPrefix: string;
  today: string;
  errors: FieldErrors;
  /** The office chooses the department (lead first); a liaison writes for its own, so none are given. */
  departments?: WritingDepartment[];
  initial?: { effectiveDate: string; text: string; figures: Figure[] };
  /** Editing asks for more files only ("添加佐证材料"). */
  evidenceLabel?: string;
};

/** 工作日期, 工作内容, 量化指标, 填报单位 (office only) and 佐证材料: the fields every ledger form shares. */
export function LedgerEntryFields({ idPrefix, today, errors, departments, initial, evidenceLabel }: Props) {
  const t = useT();
  const id = (name: string) => `${idPrefix}-${name}`;
  const maxFileBytes = useUploadLimit();
  const evidenceHint = [t("ledger.evidenceHint"), maxFileBytes ? t("ledger.evidenceLimit", { megabytes: megabytes(maxFileBytes) }) : ""].join("");
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("date")} label={t("ledger.effectiveDate")} errors={errors.effectiveDate} hint={t("ledger.effectiveDateHint")} required>
          <input
            {...controlA11y(id("date"), errors.effectiveDate, t("ledger.effectiveDateHint"))}
            type="date"
            name="effectiveDate"
            defaultValue={initial?.effectiveDate ?? today}
            max={today}
            required
            className={controlClass}
          />
        </Field>
        {departments && departments.length > 0 && (
          <SelectField
            id={id("department")}
            name="departmentId"
            label={t("ledger.department")}
            errors={errors.departmentId}
            defaultValue={departments.find((department) => department.isLead)?.id}
            options={departments.map((department) => ({
              value: department.id,
              label: t(department.isLead ? "ledger.leadDepartment" : "ledger.coDepartment", { name: department.name }),
            }))}
          />
        )}
      </div>
      <Field id={id("text")} label={t("ledger.text")} errors={errors.text} required>
        <textarea
          {...controlA11y(id("text"), errors.text)}
          name="text"
          rows={4}
          maxLength={5000}
          required
          defaultValue={initial?.text}
          placeholder={t("ledger.textPlaceholder")}
          className={controlClass}
        />
      </Field>
      <FiguresField id={id("figures")} initial={initial?.figures} errors={errors} />
      <Field id={id("evidence")} label={evidenceLabel ?? t("ledger.evidence")} errors={errors.evidence} hint={evidenceHint}>
        <input
          {...controlA11y(id("evidence"), errors.evidence, evidenceHint)}
          type="file"
          name={EVIDENCE_FIELD}
          multiple
          accept={EVIDENCE_ACCEPT}
          className={controlClass}
        />
      </Field>
    </div>
  );
}
