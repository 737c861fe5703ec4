import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { jpegWithGpsBytes } from "@/tests/fixtures/evidence/evidence-files";
import { reencodeImage } from "./reencode-image";
import { asciiWatermarkLine, burnWatermark, watermarkSvg } from "./watermark";

const LINES = ["2026-12-03 09:15:02 +08:00", "GPS 30.250000,120.166667", "SITE XH-0012 INSP inspector01"];

/** Mean absolute difference of the grey pixels of two images of the same size, within rows [top, bottom). */
async function meanDifference(a: Buffer, b: Buffer, top: number, bottom: number): Promise<number> {
  const grey = async (bytes: Buffer) => (await sharp(bytes).greyscale().raw().toBuffer({ resolveWithObject: true })).data;
  const [pa, pb] = [await grey(a), await grey(b)];
  const { width } = await sharp(a).metadata();
  let total = 0;
  for (let index = top * width!; index < bottom * width!; index += 1) total += Math.abs(pa[index] - pb[index]);
  return total / ((bottom - top) * width!);
}

describe("burnWatermark", () => {
  it("burns the lines into the bottom band of a still valid JPEG that carries no EXIF", async () => {
    const photo = await jpegWithGpsBytes(480, 320);
    const plain = (await reencodeImage(photo, "jpeg"))!;
    const stamped = (await burnWatermark(plain, "jpeg", LINES))!;
    const meta = await sharp(stamped).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.exif).toBeUndefined();
    expect(Buffer.from(stamped).includes(Buffer.from([0x88, 0x25]))).toBe(false);
    // The photo was stored sideways (orientation 6): re-encoded upright, the watermark follows.
    expect([meta.width, meta.height]).toEqual([320, 480]);
    const band = Math.ceil(watermarkSvg(320, 480, LINES).height);
    const bottom = await meanDifference(plain, stamped, 480 - band, 480);
    const top = await meanDifference(plain, stamped, 0, 480 - band - 8);
    expect(bottom).toBeGreaterThan(20);
    expect(top).toBeLessThan(3);
  });

  it("keeps PNG a PNG", async () => {
    const png = await sharp({ create: { width: 200, height: 120, channels: 3, background: "#3366cc" } })
      .png()
      .toBuffer();
    const stamped = (await burnWatermark(png, "png", ["SITE A-1"]))!;
    expect((await sharp(stamped).metadata()).format).toBe("png");
  });

  it("is null for bytes that do not decode", async () => {
    expect(await burnWatermark(new Uint8Array([0xff, 0xd8, 0xff, 0x00]), "jpeg", LINES)).toBeNull();
  });
});

describe("the watermark text", () => {
  it("is ASCII only: anything else becomes ?", () => {
    expect(asciiWatermarkLine("点位 XH-01\u0007")).toBe("?? XH-01?");
  });

  it("is escaped for the SVG and sized so the longest line fits the width", () => {
    const { svg, height } = watermarkSvg(200, 100, ["<a & b>"]);
    expect(svg.toString()).toContain("&lt;a &amp; b&gt;");
    expect(height).toBeGreaterThan(0);
    expect(height).toBeLessThanOrEqual(100);
  });
});
