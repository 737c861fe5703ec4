import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { ProvinceSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { provincePreviewInput } from "@/lib/validation/publications";
import { requireProvinceId } from "./province-publication-target";
import { buildProvinceSnapshot } from "./province-snapshot";

/** What a province publication would freeze; writes nothing (the phases before the transaction only). */
export const provincePublicationPreview = defineUseCase({
  name: "publication.preview-province",
  permission: "publish:ranking",
  input: provincePreviewInput,
  load: async ({ actor, input }) => buildProvinceSnapshot(db(), requireProvinceId(actor), input),
  run: async () => {
    throw new AppError("INTERNAL", "预览不写入任何数据。", 500);
  },
});

export async function previewProvincePublication(actor: Actor, input: unknown): Promise<{ snapshot: ProvinceSnapshot }> {
  return { snapshot: (await provincePublicationPreview.check(actor, input)).loaded };
}
