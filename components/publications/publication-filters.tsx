import { FilterBar } from "@/components/layout/filter-bar";
import { SelectFilter } from "@/components/layout/filter-fields";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { Translate } from "@/lib/i18n/translate";
import { PUBLICATION_KINDS, PUBLICATION_SCOPES } from "@/lib/validation/publications";

export type PublicationFilterValues = { kind?: string; city?: string; scope?: string; from?: string; to?: string };

type Props = {
  values: PublicationFilterValues;
  /** Supervisors and system admins choose among several cities (and see province rankings). */
  cities: { id: string; name: string }[] | null;
  fieldErrors?: Record<string, string[]>;
  t: Translate;
};

/** 类型, 期间 (overlapping the period from–to) and, over several cities, 城市 and 范围. */
export function PublicationFilters({ values, cities, fieldErrors, t }: Props) {
  const dateField = (name: "from" | "to", errorKey: string) => (
    <div className="w-full sm:w-40">
      <Field id={`publications-${name}`} label={t(`publications.filters.${name}`)} errors={fieldErrors?.[errorKey]}>
        <Input id={`publications-${name}`} name={name} type="date" defaultValue={values[name]} />
      </Field>
    </div>
  );
  return (
    <FilterBar action="/publications" values={values}>
      <SelectFilter
        id="publications-kind"
        name="kind"
        label={t("publications.filters.kind")}
        value={values.kind}
        placeholder={t("publications.filters.allKinds")}
        options={PUBLICATION_KINDS.map((kind) => ({ value: kind, label: t(`scorecards.kind.${kind}`) }))}
      />
      {dateField("from", "periodStart")}
      {dateField("to", "periodEnd")}
      {cities && (
        <>
          <SelectFilter
            id="publications-city"
            name="city"
            label={t("publications.filters.city")}
            value={values.city}
            placeholder={t("publications.filters.allCities")}
            options={cities.map((city) => ({ value: city.id, label: city.name }))}
          />
          <SelectFilter
            id="publications-scope"
            name="scope"
            label={t("publications.filters.scope")}
            value={values.scope}
            placeholder={t("publications.filters.allScopes")}
            options={PUBLICATION_SCOPES.map((scope) => ({ value: scope, label: t(`publications.filters.scope${scope}`) }))}
          />
        </>
      )}
    </FilterBar>
  );
}
