/** The image type of photo bytes by their signature (the store keeps JPEG thumbnails; PNG for safety). */
export function detectImageMime(bytes: Uint8Array): "image/jpeg" | "image/png" {
  return bytes[0] === 0x89 && bytes[1] === 0x50 ? "image/png" : "image/jpeg";
}
