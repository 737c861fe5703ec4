import { FilterBar } from "@/components/layout/filter-bar";
import { CheckboxFilter, SearchFilter, SelectFilter } from "@/components/layout/filter-fields";
import { getT } from "@/lib/i18n/server";
import type { filterOptions, TreeFilters } from "./filter-edition-tree";

type Props = { action: string; filters: TreeFilters; options: ReturnType<typeof filterOptions> };

/** The tree's search and filters as a GET form, so a filtered view is a link. */
export async function EditionFilters({ action, filters, options }: Props) {
  const t = await getT();
  const all = t("layout.all");
  const plain = (values: string[]) => values.map((value) => ({ value, label: value }));
  return (
    <FilterBar action={action} values={filters}>
      <SearchFilter id="tree-q" name="q" label={t("indicators.tree.search")} value={filters.q} placeholder={t("indicators.tree.searchPlaceholder")} />
      <SelectFilter
        id="tree-method"
        name="method"
        label={t("indicators.fields.method")}
        value={filters.method}
        placeholder={all}
        width="sm:w-36"
        options={options.methods.map((method) => ({ value: method, label: t(`indicators.methods.${method}`) }))}
      />
      <SelectFilter
        id="tree-site-type"
        name="siteType"
        label={t("indicators.fields.siteTypeNames")}
        value={filters.siteType}
        placeholder={all}
        width="sm:w-40"
        options={plain(options.siteTypes)}
      />
      <SelectFilter
        id="tree-department"
        name="department"
        label={t("indicators.tree.department")}
        value={filters.department}
        placeholder={all}
        options={plain(options.departments)}
      />
      <CheckboxFilter name="veto" label={t("indicators.tree.vetoOnly")} checked={filters.isVetoOnly === true} />
    </FilterBar>
  );
}
