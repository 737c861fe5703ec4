import { FilterBar } from "@/components/layout/filter-bar";
import { CheckboxFilter, SelectFilter } from "@/components/layout/filter-fields";
import { FINDING_STATUSES } from "@/lib/domain/findings/finding-transitions";
import type { Translate } from "@/lib/i18n/translate";
import type { FindingFilterOptions } from "@/lib/validation/findings";

export type FindingFilterValues = {
  status?: string;
  overdue?: string;
  dueSoon?: string;
  falseRectification?: string;
  round?: string;
  department?: string;
};

/** Round, department (when there is more than one), status, 仅看逾期, 7日内到期 and 仅看虚假整改, kept in the URL. */
export function FindingFilters({ values, options, t }: { values: FindingFilterValues; options: FindingFilterOptions; t: Translate }) {
  return (
    <FilterBar action="/findings" values={values}>
      <SelectFilter
        id="finding-round"
        name="round"
        label={t("findings.filters.round")}
        value={values.round}
        placeholder={t("findings.filters.all")}
        options={options.rounds.map((round) => ({ value: round.id, label: round.name }))}
        width="sm:w-56"
      />
      {options.departments.length > 1 && (
        <SelectFilter
          id="finding-department"
          name="department"
          label={t("findings.table.department")}
          value={values.department}
          placeholder={t("findings.filters.all")}
          options={options.departments.map((department) => ({ value: department.id, label: department.name }))}
        />
      )}
      <SelectFilter
        id="finding-status"
        name="status"
        label={t("findings.filters.status")}
        value={values.status}
        placeholder={t("findings.filters.allStatuses")}
        options={FINDING_STATUSES.map((status) => ({ value: status, label: t(`findings.status.${status}`) }))}
      />
      <CheckboxFilter name="overdue" label={t("findings.filters.overdue")} checked={values.overdue === "1"} />
      <CheckboxFilter name="dueSoon" label={t("findings.filters.dueSoon")} checked={values.dueSoon === "1"} />
      <CheckboxFilter name="falseRectification" label={t("findings.filters.falseRectification")} checked={values.falseRectification === "1"} />
    </FilterBar>
  );
}
