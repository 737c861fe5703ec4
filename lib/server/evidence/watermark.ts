import sharp from "sharp";
import type { ImageKind } from "./reencode-image";

// The stamp goes into the pixels, not the metadata (which is stripped): capture time, GPS, the
// site's code and the inspector's account code stay visible on every copy of the photo. ASCII
// only, because a fresh server has no CJK font; a generic monospace family needs no particular
// font installed (librsvg falls back to whatever fontconfig has).

const CHAR_WIDTH_EM = 0.62;
const LINE_HEIGHT_EM = 1.3;
const MIN_FONT_PX = 9;
const MAX_FONT_PX = 48;
// Legible but out of the way: the longest line spans at most this share of the width, and the
// band takes a modest strip of the height.
const MAX_LINE_SHARE = 0.6;
const MAX_FONT_SHARE_OF_HEIGHT = 1 / 28;

/** Printable ASCII only: anything else (CJK, controls) becomes "?". */
export function asciiWatermarkLine(line: string): string {
  return line.replace(/[^\x20-\x7e]/g, "?").trim();
}

/**
 * The image with the lines burnt into a dark band along its bottom, written again in its own
 * format (the first frame of an animation). Null when the image does not decode.
 */
export async function burnWatermark(bytes: Uint8Array, kind: ImageKind, lines: readonly string[]): Promise<Buffer | null> {
  const text = lines.map(asciiWatermarkLine).filter(Boolean);
  try {
    const image = sharp(bytes, { failOn: "error" });
    const { width, height } = await image.metadata();
    if (!width || !height || text.length === 0) return Buffer.from(bytes);
    const overlay = watermarkSvg(width, height, text);
    const stamped = image.composite([{ input: overlay.svg, top: height - overlay.height, left: 0 }]);
    if (kind === "jpeg") return await stamped.jpeg({ quality: 90 }).toBuffer();
    if (kind === "png") return await stamped.png().toBuffer();
    if (kind === "webp") return await stamped.webp({ quality: 90 }).toBuffer();
    return await stamped.gif().toBuffer();
  } catch {
    return null;
  }
}

/** The band as an SVG as wide as the image, its font sized so the longest line fits. */
export function watermarkSvg(width: number, height: number, lines: readonly string[]): { svg: Buffer; height: number } {
  const longest = Math.max(...lines.map((line) => line.length), 1);
  const fitting = Math.floor(Math.min((width * MAX_LINE_SHARE) / (longest * CHAR_WIDTH_EM), height * MAX_FONT_SHARE_OF_HEIGHT));
  const fontPx = Math.max(MIN_FONT_PX, Math.min(MAX_FONT_PX, fitting));
  const lineHeight = Math.ceil(fontPx * LINE_HEIGHT_EM);
  const bandHeight = Math.min(height, lineHeight * lines.length + Math.ceil(fontPx / 2));
  const x = Math.ceil(fontPx / 2);
  const tspans = lines.map((line, index) => `<text x="${x}" y="${lineHeight * (index + 1) - Math.ceil(fontPx * 0.25)}">${escapeXml(line)}</text>`).join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${bandHeight}">` +
    `<rect width="100%" height="100%" fill="#000000" fill-opacity="0.55"/>` +
    `<g font-family="DejaVu Sans Mono, Liberation Mono, monospace" font-size="${fontPx}" fill="#ffffff">${tspans}</g>` +
    `</svg>`;
  return { svg: Buffer.from(svg), height: bandHeight };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
