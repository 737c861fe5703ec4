import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { evidenceKindOf } from "@/lib/domain/evidence/detect-evidence-kind";
import { nameForMimeType, namePartsForKind } from "@/lib/domain/evidence/name-for-kind";
import { THUMBNAIL_MIME_TYPE } from "@/lib/domain/evidence/thumbnail-size";
import { forbidden, notFound } from "@/lib/errors";
import { fileStore } from "@/lib/server/storage";
import { evidenceScopeWhere } from "./evidence-scope";

export type EvidenceFileContent = { bytes: Buffer; mimeType: string; name: string };

/**
 * The bytes of an evidence file (or its thumbnail) for someone who may see the record that owns
 * it (`evidenceScopeWhere`): guessing the id of a file on another department's task or another
 * city's check finds nothing (404), like a missing file. The name ends in the stored kind's
 * extension, also for rows recorded before names were corrected.
 */
export async function getEvidenceFile(actor: Actor, evidenceId: string, { thumbnail = false } = {}): Promise<EvidenceFileContent> {
  const readable = evidenceScopeWhere(actor);
  if (!readable) throw forbidden();
  const file = await db().evidenceFile.findFirst({
    where: { AND: [{ id: evidenceId }, readable] },
    select: { contentHash: true, thumbnailHash: true, mimeType: true, originalName: true },
  });
  const hash = thumbnail ? file?.thumbnailHash : file?.contentHash;
  if (!file || !hash) throw notFound("佐证材料");
  const bytes = await fileStore().get(hash);
  if (!bytes) throw notFound("佐证材料文件");
  if (!thumbnail) return { bytes, mimeType: file.mimeType, name: nameForMimeType(file.originalName, file.mimeType) };
  const { stem } = namePartsForKind(file.originalName, evidenceKindOf(file.mimeType));
  return { bytes, mimeType: THUMBNAIL_MIME_TYPE, name: `${stem}-缩略图.jpg` };
}
