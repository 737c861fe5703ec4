import sharp from "sharp";
import { EVIDENCE_KINDS, type EvidenceKind } from "@/lib/domain/evidence/detect-evidence-kind";

export type ImageKind = Extract<EvidenceKind, "jpeg" | "png" | "gif" | "webp">;

export function isImageKind(kind: EvidenceKind): kind is ImageKind {
  return EVIDENCE_KINDS[kind].isImage;
}

/**
 * The photo decoded and written again in its own format, turned upright by its EXIF orientation
 * first: what is stored is pixels only. sharp keeps no metadata unless asked (no `withMetadata`),
 * so EXIF with the GPS position, XMP, comments and anything hidden after the image's end are
 * gone from every stored copy. Animated GIF and WebP keep all their frames (sharp writes GIF
 * through cgif). Null when the bytes do not decode as the kind they were detected as.
 */
export async function reencodeImage(bytes: Uint8Array, kind: ImageKind): Promise<Buffer | null> {
  try {
    const image = sharp(bytes, { failOn: "error", animated: kind === "gif" || kind === "webp" });
    if ((await image.metadata()).format !== kind) return null;
    const upright = image.rotate();
    if (kind === "jpeg") return await upright.jpeg({ quality: 90 }).toBuffer();
    if (kind === "png") return await upright.png().toBuffer();
    if (kind === "webp") return await upright.webp({ quality: 90 }).toBuffer();
    return await upright.gif().toBuffer();
  } catch {
    return null;
  }
}
