import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import type { Translate } from "@/lib/i18n/translate";

export type PublicationTexts = { title: string; summary: string };

type Props = { idPrefix: string; value: PublicationTexts; onChange: (value: PublicationTexts) => void; errors?: Record<string, string[]>; t: Translate };

/** The optional 标题 and 摘要 of a publication (or a correction), each with its errors beside it. */
export function PublicationTextsFields({ idPrefix, value, onChange, errors, t }: Props) {
  const titleId = `${idPrefix}-title`;
  const summaryId = `${idPrefix}-summary`;
  return (
    <div className="grid gap-3">
      <Field id={titleId} label={t("publications.texts.title")} hint={t("publications.texts.titleHint")} errors={errors?.title}>
        <input
          {...controlA11y(titleId, errors?.title, t("publications.texts.titleHint"))}
          name="title"
          maxLength={200}
          className={controlClass}
          value={value.title}
          onChange={(event) => onChange({ ...value, title: event.target.value })}
        />
      </Field>
      <Field id={summaryId} label={t("publications.texts.summary")} errors={errors?.summary}>
        <textarea
          {...controlA11y(summaryId, errors?.summary)}
          name="summary"
          rows={3}
          maxLength={4000}
          className={controlClass}
          value={value.summary}
          onChange={(event) => onChange({ ...value, summary: event.target.value })}
        />
      </Field>
    </div>
  );
}
