import { FilterBar } from "@/components/layout/filter-bar";
import { Field, controlA11y } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { FieldErrors } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { ROUND_STATUSES } from "@/lib/domain/rounds/round-transitions";
import { ROUND_KINDS } from "@/lib/validation/rounds";
import type { RoundListQuery } from "./round-filters-query";

type Props = { query: RoundListQuery; fieldErrors?: FieldErrors; t: Translate };

/** 督查 list filters as a GET form (status, kind, period): everything lives in the URL. */
export function RoundFilters({ query, fieldErrors = {}, t }: Props) {
  const field = (name: keyof RoundListQuery) => ({ id: `rounds-${name}`, errors: fieldErrors[name] });
  return (
    <FilterBar action="/rounds" values={query}>
      <div className="w-full sm:w-36">
        <Field {...field("status")} label={t("rounds.filters.status")}>
          <Select
            {...controlA11y("rounds-status", fieldErrors.status)}
            name="status"
            defaultValue={query.status ?? ""}
            placeholder={t("layout.all")}
            options={ROUND_STATUSES.map((status) => ({ value: status, label: t(`rounds.status.${status}`) }))}
          />
        </Field>
      </div>
      <div className="w-full sm:w-36">
        <Field {...field("kind")} label={t("rounds.filters.kind")}>
          <Select
            {...controlA11y("rounds-kind", fieldErrors.kind)}
            name="kind"
            defaultValue={query.kind ?? ""}
            placeholder={t("layout.all")}
            options={ROUND_KINDS.map((kind) => ({ value: kind, label: t(`rounds.kind.${kind}`) }))}
          />
        </Field>
      </div>
      <div className="w-full sm:w-40">
        <Field {...field("from")} label={t("rounds.filters.from")}>
          <Input {...controlA11y("rounds-from", fieldErrors.from)} name="from" type="date" defaultValue={query.from} />
        </Field>
      </div>
      <div className="w-full sm:w-40">
        <Field {...field("to")} label={t("rounds.filters.to")}>
          <Input {...controlA11y("rounds-to", fieldErrors.to)} name="to" type="date" defaultValue={query.to} />
        </Field>
      </div>
    </FilterBar>
  );
}
