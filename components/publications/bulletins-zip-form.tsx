import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { Translate } from "@/lib/i18n/translate";

/** 下载全年通报: a plain GET of the year's zip (every official bulletin in scope, superseded issues marked). */
export function BulletinsZipForm({ years, city, t }: { years: number[]; city?: string; t: Translate }) {
  return (
    <form method="get" action="/api/v1/publications/bulletins.zip" className="flex items-end gap-2">
      <div className="w-28">
        <Field id="bulletins-zip-year" label={t("publications.zip.year")}>
          <Select
            id="bulletins-zip-year"
            name="year"
            defaultValue={String(years[0])}
            options={years.map((year) => ({ value: String(year), label: String(year) }))}
          />
        </Field>
      </div>
      {city && <input type="hidden" name="city" value={city} />}
      <Button type="submit" variant="secondary">
        {t("publications.zip.download")}
      </Button>
    </form>
  );
}
