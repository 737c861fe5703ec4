import Decimal from "decimal.js";
import type { EditionTreeView } from "@/lib/validation/indicators";

export type TreeFilters = {
  /** Code or name of a criterion, or of its content or category (which then shows all of theirs). */
  q?: string;
  method?: string;
  siteType?: string;
  department?: string;
  isVetoOnly?: boolean;
};

type Category = EditionTreeView["categories"][number];
type Criterion = Category["contents"][number]["criteria"][number];

export function hasFilters(filters: TreeFilters): boolean {
  return Boolean(filters.q || filters.method || filters.siteType || filters.department || filters.isVetoOnly);
}

const contains = (text: string, q: string) => text.toLowerCase().includes(q.toLowerCase());
const named = (node: { code: string; name: string }, q: string) => contains(node.code, q) || contains(node.name, q);

function keepsCriterion(criterion: Criterion, filters: TreeFilters): boolean {
  if (filters.method && criterion.method !== filters.method) return false;
  if (filters.siteType && !criterion.siteTypeNames.includes(filters.siteType)) return false;
  if (filters.department && criterion.leadDepartmentName !== filters.department && !criterion.coDepartmentNames.includes(filters.department)) return false;
  return !filters.isVetoOnly || criterion.isVeto;
}

const sum = (criteria: readonly Criterion[]) => criteria.reduce((total, c) => total.plus(c.points), new Decimal(0)).toString();

/**
 * The tree cut down to the criteria that pass every filter, with the totals of each level
 * recomputed over what is left. Levels left empty disappear.
 */
export function filterEditionTree(categories: readonly Category[], filters: TreeFilters) {
  const q = filters.q?.trim();
  const out = categories.flatMap((category) => {
    const contents = category.contents.flatMap((content) => {
      const isNamed = !q || named(category, q) || named(content, q);
      const criteria = content.criteria.filter((criterion) => (isNamed || named(criterion, q!)) && keepsCriterion(criterion, filters));
      return criteria.length === 0 ? [] : [{ ...content, criteria, criteriaCount: criteria.length, points: sum(criteria) }];
    });
    const criteria = contents.flatMap((content) => content.criteria);
    return contents.length === 0 ? [] : [{ ...category, contents, criteriaCount: criteria.length, points: sum(criteria) }];
  });
  const criteria = out.flatMap((category) => category.contents.flatMap((content) => content.criteria));
  return { categories: out, criteriaCount: criteria.length, points: sum(criteria) };
}

/** The choices of the filters: every method, site type and department name the edition uses. */
export function filterOptions(categories: readonly Category[]) {
  const criteria = categories.flatMap((category) => category.contents.flatMap((content) => content.criteria));
  const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, "zh-CN"));
  return {
    methods: [...new Set(criteria.map((c) => c.method))],
    siteTypes: distinct(criteria.flatMap((c) => c.siteTypeNames)),
    departments: distinct(criteria.flatMap((c) => [c.leadDepartmentName, ...c.coDepartmentNames].filter((name): name is string => !!name))),
  };
}
