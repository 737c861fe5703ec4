import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { Translate } from "@/lib/i18n/translate";

/** 查询进度: a plain GET form (no script needed); the page sends a valid code on to its status page. */
export function ReportLookup({ t, value, error }: { t: Translate; value?: string; error?: string }) {
  const errors = error ? [error] : undefined;
  return (
    <section aria-labelledby="report-lookup" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="report-lookup" className="text-base font-semibold text-slate-900">
        {t("report.lookupTitle")}
      </h2>
      <form method="get" action="/report" className="flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <Field id="report-lookup-code" label={t("report.lookupLabel")} errors={errors}>
            <Input {...controlA11y("report-lookup-code", errors)} name="code" defaultValue={value} placeholder="SP-2026-7K3Q9" autoComplete="off" />
          </Field>
        </div>
        <Button type="submit" variant="secondary">
          {t("report.lookupSubmit")}
        </Button>
      </form>
    </section>
  );
}
