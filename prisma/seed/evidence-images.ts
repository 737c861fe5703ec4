import sharp from "sharp";
import { THUMBNAIL_MAX_PX } from "@/lib/domain/evidence/thumbnail-size";
import { fileStore } from "@/lib/server/storage";

// Sample evidence for the demo ledgers, made on the spot (nothing is downloaded): street scenes
// drawn as SVG shapes (no text, so no font is needed) turned into JPEG photos with thumbnails,
// and a few one-page PDFs. Stored by content hash, so seeding twice stores nothing new.

export type SampleFile = { contentHash: string; thumbnailHash: string | null; size: number; mimeType: string };

const PHOTO_COUNT = 14;
const WIDTH = 1024;
const HEIGHT = 768;

/** A street scene: sky, buildings, a road with lane marks, a billboard and a tree, in one hue family. */
function sceneSvg(index: number): string {
  const hue = (index * 47) % 360;
  const sky = `hsl(${(hue + 200) % 360},60%,${70 + (index % 3) * 6}%)`;
  const buildings = Array.from({ length: 6 }, (_, i) => {
    const w = 110 + ((index * 13 + i * 29) % 70);
    const h = 180 + ((index * 37 + i * 53) % 220);
    const x = i * 175 + ((index * 17) % 40);
    return `<rect x="${x}" y="${470 - h}" width="${w}" height="${h}" fill="hsl(${(hue + i * 12) % 360},25%,${45 + i * 5}%)"/>`;
  }).join("");
  const marks = Array.from({ length: 8 }, (_, i) => `<rect x="${i * 140 + 20}" y="640" width="80" height="10" fill="#f5f5f0"/>`).join("");
  const boardX = 120 + ((index * 97) % 600);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
  <circle cx="${850 - index * 20}" cy="110" r="48" fill="hsl(45,95%,70%)"/>
  ${buildings}
  <rect y="470" width="${WIDTH}" height="60" fill="hsl(${hue},15%,78%)"/>
  <rect y="530" width="${WIDTH}" height="238" fill="#5b5f66"/>
  ${marks}
  <rect x="${boardX}" y="300" width="220" height="120" rx="6" fill="hsl(${(hue + 180) % 360},70%,45%)" stroke="#ffffff" stroke-width="8"/>
  <rect x="${boardX + 100}" y="420" width="16" height="60" fill="#44474d"/>
  <rect x="${boardX + 30}" y="330" width="160" height="18" fill="#ffffff" opacity="0.85"/>
  <rect x="${boardX + 30}" y="365" width="110" height="14" fill="#ffffff" opacity="0.6"/>
  <circle cx="${(boardX + 420) % WIDTH}" cy="420" r="60" fill="hsl(120,40%,35%)"/>
  <rect x="${((boardX + 420) % WIDTH) - 8}" y="470" width="16" height="60" fill="#6b4f2a"/>
</svg>`;
}

/** A valid one-page PDF with a grey box: enough for viewers and for detection by magic bytes. */
export function samplePdf(index: number): Uint8Array {
  const stream = `0.${index % 10} 0.5 0.6 rg 72 620 451 120 re f 0.8 g 72 560 300 20 re f 72 520 360 20 re f`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

async function storePhoto(index: number): Promise<SampleFile> {
  const photo = await sharp(Buffer.from(sceneSvg(index)))
    .jpeg({ quality: 80 })
    .toBuffer();
  const thumbnail = await sharp(photo).resize(THUMBNAIL_MAX_PX, THUMBNAIL_MAX_PX, { fit: "inside" }).jpeg({ quality: 78 }).toBuffer();
  const [contentHash, thumbnailHash] = await Promise.all([fileStore().put(photo), fileStore().put(thumbnail)]);
  return { contentHash, thumbnailHash, size: photo.length, mimeType: "image/jpeg" };
}

/** The demo's photos and PDFs, written to the file store. */
export async function storeSampleEvidence(): Promise<{ photos: SampleFile[]; pdfs: SampleFile[] }> {
  const photos = await Promise.all(Array.from({ length: PHOTO_COUNT }, (_, i) => storePhoto(i)));
  const pdfs = await Promise.all(
    [1, 2, 3].map(async (i) => {
      const bytes = samplePdf(i);
      return { contentHash: await fileStore().put(bytes), thumbnailHash: null, size: bytes.length, mimeType: "application/pdf" };
    }),
  );
  return { photos, pdfs };
}
