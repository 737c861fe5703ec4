import type { IndicatorEdition } from "@/lib/generated/prisma/client";

/** An edition's own fields as every edition read returns them (instants as ISO strings). */
export function editionFieldsOf(edition: IndicatorEdition) {
  return {
    id: edition.id,
    code: edition.code,
    name: edition.name,
    description: edition.description,
    provinceId: edition.provinceId,
    isLocked: edition.isLocked,
    version: edition.version,
    createdAt: edition.createdAt.toISOString(),
    updatedAt: edition.updatedAt.toISOString(),
  };
}
