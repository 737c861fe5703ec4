import sharp from "sharp";
import { THUMBNAIL_MAX_PX } from "@/lib/domain/evidence/thumbnail-size";

/**
 * A JPEG that fits in THUMBNAIL_MAX_PX, turned upright by the photo's EXIF orientation (phones
 * store it sideways), or null when the image cannot be decoded. Slightly damaged photos (a
 * warning, not an error) still get one.
 */
export async function makeThumbnail(bytes: Uint8Array): Promise<Buffer | null> {
  try {
    return await sharp(bytes, { failOn: "error" })
      .rotate()
      .resize(THUMBNAIL_MAX_PX, THUMBNAIL_MAX_PX, { fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 78 })
      .toBuffer();
  } catch {
    return null;
  }
}
