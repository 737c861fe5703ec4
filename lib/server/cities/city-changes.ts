import { invalidInput } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";

/** Slugs are public addresses (/cities/{slug}): unique across every city, deleted ones included. */
export async function assertCitySlugFree(tx: Tx, slug: string, exceptId?: string): Promise<void> {
  const clash = await tx.city.findFirst({ where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true } });
  if (clash) throw invalidInput({ slug: [`访问标识“${slug}”已被“${clash.name}”使用，请换一个`] });
}

export async function assertProvinceExists(tx: Tx, provinceId: string): Promise<void> {
  if (!(await tx.province.findUnique({ where: { id: provinceId }, select: { id: true } }))) throw invalidInput({ provinceId: ["所选省份不存在"] });
}
