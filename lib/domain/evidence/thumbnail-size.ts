/** Thumbnails fit in a square of this many pixels (never enlarged), as JPEG. */
export const THUMBNAIL_MAX_PX = 320;
export const THUMBNAIL_MIME_TYPE = "image/jpeg";
