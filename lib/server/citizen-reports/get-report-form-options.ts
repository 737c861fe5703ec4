import { db } from "@/lib/db";

export type ReportFormCity = { slug: string; name: string; categories: string[] };

/**
 * What the report form offers: the nominated cities (not deleted) that have at least one
 * category, each with its categories in the office's order, archived ones left out. Names and
 * slugs only.
 */
export async function getReportFormOptions(): Promise<ReportFormCity[]> {
  const cities = await db().city.findMany({
    where: { isNominated: true, deletedAt: null, reportCategories: { some: { archivedAt: null } } },
    orderBy: [{ name: "asc" }],
    select: {
      slug: true,
      name: true,
      reportCategories: { where: { archivedAt: null }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { name: true } },
    },
  });
  return cities.map((city) => ({ slug: city.slug, name: city.name, categories: city.reportCategories.map((category) => category.name) }));
}
