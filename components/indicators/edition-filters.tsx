import { FilterBar } from "@/components/layout/filter-bar";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
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
      <div className="w-full sm:w-56">
        <Field id="tree-q" label={t("indicators.tree.search")}>
          <Input id="tree-q" name="q" type="search" defaultValue={filters.q} placeholder={t("indicators.tree.searchPlaceholder")} />
        </Field>
      </div>
      <div className="w-full sm:w-36">
        <Field id="tree-method" label={t("indicators.fields.method")}>
          <Select id="tree-method" name="method" defaultValue={filters.method ?? ""} placeholder={all}
            options={options.methods.map((method) => ({ value: method, label: t(`indicators.methods.${method}`) }))} />
        </Field>
      </div>
      <div className="w-full sm:w-40">
        <Field id="tree-site-type" label={t("indicators.fields.siteTypeNames")}>
          <Select id="tree-site-type" name="siteType" defaultValue={filters.siteType ?? ""} placeholder={all} options={plain(options.siteTypes)} />
        </Field>
      </div>
      <div className="w-full sm:w-44">
        <Field id="tree-department" label={t("indicators.tree.department")}>
          <Select id="tree-department" name="department" defaultValue={filters.department ?? ""} placeholder={all} options={plain(options.departments)} />
        </Field>
      </div>
      <label className="flex items-center gap-2 py-2 text-sm text-slate-700">
        <input type="checkbox" name="veto" value="1" defaultChecked={filters.isVetoOnly} className="size-4" />
        {t("indicators.tree.vetoOnly")}
      </label>
    </FilterBar>
  );
}
