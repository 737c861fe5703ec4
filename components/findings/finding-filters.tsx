import { FilterBar } from "@/components/layout/filter-bar";
import { CheckboxFilter, SelectFilter } from "@/components/layout/filter-fields";
import { FINDING_STATUSES } from "@/lib/domain/findings/finding-transitions";
import type { Translate } from "@/lib/i18n/translate";

export type FindingFilterValues = { status?: string; overdue?: string; falseRectification?: string; round?: string; department?: string };

/** Status, 仅看逾期 and 仅看虚假整改, kept in the URL (round and department links pass through). */
export function FindingFilters({ values, t }: { values: FindingFilterValues; t: Translate }) {
  return (
    <FilterBar action="/findings" values={values}>
      <SelectFilter
        id="finding-status"
        name="status"
        label={t("findings.filters.status")}
        value={values.status}
        placeholder={t("findings.filters.allStatuses")}
        options={FINDING_STATUSES.map((status) => ({ value: status, label: t(`findings.status.${status}`) }))}
      />
      <CheckboxFilter name="overdue" label={t("findings.filters.overdue")} checked={values.overdue === "1"} />
      <CheckboxFilter name="falseRectification" label={t("findings.filters.falseRectification")} checked={values.falseRectification === "1"} />
      {values.round && <input type="hidden" name="round" value={values.round} />}
      {values.department && <input type="hidden" name="department" value={values.department} />}
    </FilterBar>
  );
}
