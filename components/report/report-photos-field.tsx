"use client";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { megabytes } from "@/lib/domain/evidence/evidence-messages";
import { precheckReportPhotos, REPORT_PHOTO_ACCEPT } from "@/lib/domain/citizen-reports/report-photos";
import { REPORT_PHOTOS_FIELD } from "@/lib/domain/citizen-reports/report-input";
import { useT } from "@/lib/i18n/client";

/** Up to six photos, checked in the browser (count, empty, size) the moment they are chosen. */
export function ReportPhotosField({ maxFileBytes, errors, onProblems }: { maxFileBytes: number; errors?: string[]; onProblems: (problems: string[]) => void }) {
  const t = useT();
  const id = "report-photos";
  const hint = t("report.photosHint", { mb: megabytes(maxFileBytes) });
  return (
    <Field id={id} label={t("report.photos")} hint={hint} errors={errors}>
      <input
        {...controlA11y(id, errors, hint)}
        type="file"
        name={REPORT_PHOTOS_FIELD}
        accept={REPORT_PHOTO_ACCEPT}
        multiple
        className={controlClass}
        onChange={(event) => onProblems(precheckReportPhotos([...(event.currentTarget.files ?? [])], maxFileBytes))}
      />
    </Field>
  );
}
