import { db } from "@/lib/db";

export type PublicCityDetail = {
  name: string;
  slug: string;
  provinceName: string;
  departmentCount: number;
  cycle: { name: string; startYear: number; endYear: number } | null;
};

/** A city's public header: its current creation cycle (else the latest one), or null for an unknown slug. */
export async function getPublicCityBySlug(slug: string): Promise<PublicCityDetail | null> {
  const city = await db().city.findFirst({
    where: { slug, deletedAt: null },
    select: {
      name: true,
      slug: true,
      province: { select: { name: true } },
      cycles: { orderBy: [{ isCurrent: "desc" }, { startYear: "desc" }], take: 1, select: { name: true, startYear: true, endYear: true } },
      _count: { select: { departments: { where: { deletedAt: null } } } },
    },
  });
  if (!city) return null;
  return {
    name: city.name,
    slug: city.slug,
    provinceName: city.province.name,
    departmentCount: city._count.departments,
    cycle: city.cycles[0] ?? null,
  };
}
