import JSZip from "jszip";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { buildBulletin, type BulletinSource } from "@/lib/domain/bulletins/build-bulletin";
import { roundSnapshot } from "@/tests/support/bulletin-snapshots";
import { renderBulletinDocx } from "./render-bulletin-docx";

const publishedAt = new Date("2026-12-03T01:02:03.456Z");

async function source(): Promise<BulletinSource> {
  const data = await sharp({ create: { width: 8, height: 6, channels: 3, background: "#c00" } })
    .jpeg()
    .toBuffer();
  return {
    publication: { title: "嘉峪关市2026年第12期创文督查通报", summary: null, issueYear: 2026, issueNumber: 12, publishedAt, reason: null },
    corrected: null,
    snapshot: roundSnapshot({
      city: { id: "c", name: "嘉峪关市", slug: "c" },
      departments: [
        { name: "市城管局", composite: "92.3350", rank: 1 },
        { name: "市住建局", composite: "80.0000", rank: 2 },
      ],
    }),
    findings: [
      {
        criterion: "A-01 公共场所卫生",
        site: "人民广场",
        department: "市住建局",
        pointsLost: "2.00",
        checkedOn: "2026-11-25",
        description: "绿化带堆放垃圾",
        note: "备注",
        inspector: "王督查",
        photo: { data: new Uint8Array(data), width: 8, height: 6 },
      },
    ],
    leaders: {},
  };
}

describe("renderBulletinDocx", () => {
  it("gives identical bytes when rendered twice, dated by the publishing instant", async () => {
    const bulletin = buildBulletin(await source(), "OFFICIAL");
    const first = await renderBulletinDocx(bulletin, publishedAt);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // the zip's clock ticks in 2-second steps
    const second = await renderBulletinDocx(bulletin, publishedAt);
    expect(Buffer.compare(first, second)).toBe(0);
    const zip = await JSZip.loadAsync(first);
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-03T01:02:03Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-03T01:02:03Z</dcterms:modified>');
  }, 15_000);

  it("sets East Asian fonts with substitutes in the font table, embeds no font, and keeps the photo only in the official variant", async () => {
    const official = await JSZip.loadAsync(await renderBulletinDocx(buildBulletin(await source(), "OFFICIAL"), publishedAt));
    const document = await official.file("word/document.xml")!.async("string");
    expect(document).toContain('w:eastAsia="仿宋_GB2312"');
    expect(document).toContain('w:eastAsia="方正小标宋简体"');
    expect(document).toContain('w:color w:val="D00000"');
    expect(document).toContain("2026年第12期");
    const fonts = await official.file("word/fontTable.xml")!.async("string");
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(Object.keys(official.files).some((name) => name.startsWith("word/fonts/"))).toBe(false);
    expect(Object.keys(official.files).some((name) => name.startsWith("word/media/"))).toBe(true);
    const publicZip = await JSZip.loadAsync(await renderBulletinDocx(buildBulletin(await source(), "PUBLIC"), publishedAt));
    expect(Object.keys(publicZip.files).some((name) => name.startsWith("word/media/"))).toBe(false);
    expect(await publicZip.file("word/document.xml")!.async("string")).not.toContain("王督查");
  });
});
