import type { StoredPhoto } from "./queued-check";

export const MAX_LONG_SIDE = 1600;
const JPEG_QUALITY = 0.8;

/** The size that fits within `maxLongSide` on the long side, keeping the aspect; never enlarged. */
export function fitWithin(width: number, height: number, maxLongSide = MAX_LONG_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxLongSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * A camera photo made small enough for a weak network: drawn onto a canvas (which also drops
 * its EXIF, position included; the server re-encodes anyway) and saved as JPEG. A file the browser
 * cannot decode is kept as it is, for the server to judge by its bytes.
 */
export async function compressPhoto(file: File, index: number): Promise<StoredPhoto> {
  const name = `photo-${index + 1}.jpg`;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return { name: file.name || name, type: file.type || "application/octet-stream", bytes: await file.arrayBuffer() };
  }
  const { width, height } = fitWithin(bitmap.width, bitmap.height);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  canvas.getContext("2d")!.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", JPEG_QUALITY));
  if (!blob) return { name: file.name || name, type: file.type, bytes: await file.arrayBuffer() };
  return { name, type: "image/jpeg", bytes: await blob.arrayBuffer() };
}
