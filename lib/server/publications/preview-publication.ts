import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { PeriodSnapshot, RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { AppError } from "@/lib/errors";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import { defineUseCase } from "@/lib/server/use-case";
import { previewPublicationInput } from "@/lib/validation/publications";
import { buildCitySnapshot } from "./build-city-snapshot";

// Exactly what publishing would freeze, computed the same way, through the same gate; it runs only the phases
// before the transaction (`check`), so nothing is written.
export const publicationPreview = defineUseCase({
  name: "publication.preview",
  permission: "publish:publication",
  input: previewPublicationInput,
  load: async ({ actor, input }) => {
    requireCityId(actor);
    return buildCitySnapshot(db(), actor, input, { mustBeClosed: false });
  },
  run: async () => {
    throw new AppError("INTERNAL", "预览不写入任何数据。", 500);
  },
});

export async function previewPublication(actor: Actor, input: unknown): Promise<{ snapshot: RoundSnapshot | PeriodSnapshot }> {
  const { loaded } = await publicationPreview.check(actor, input);
  return { snapshot: loaded.snapshot };
}
