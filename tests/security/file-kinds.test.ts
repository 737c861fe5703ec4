import JSZip from "jszip";
import { NextRequest } from "next/server";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { fileStore, setFileStore } from "@/lib/server/storage";
import { contentHashOf } from "@/lib/server/storage/file-store";
import * as evidenceRoute from "@/app/api/v1/evidence/[id]/route";
import * as ledgerExportRoute from "@/app/api/v1/ledger/export/route";
import * as taskEntriesRoute from "@/app/api/v1/tasks/[id]/ledger-entries/route";
import { uniqueSuffix } from "@/tests/factories/unique";
import { exeBytes, exeWithPdfMarkerBytes, htmlWithPdfMarkerBytes, imageBytes, jpegWithGpsBytes, pdfBytes } from "@/tests/fixtures/evidence/evidence-files";
import { createLedgerWorld, uniqueText, writeEntry, yesterday, type LedgerWorld } from "@/tests/fixtures/evidence/ledger-world";

// Probe 8 of issue 7: an HTML page and an executable with `%PDF-` somewhere in their first
// kilobyte were stored as PDFs and handed out under their .html/.exe names in the online-submission
// zip. Files are what their bytes say, are named by it everywhere, and images are stored
// re-encoded without EXIF. Through the real routes with Bearer tokens; the file store counts writes.

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

let w: LedgerWorld;
let officeToken: string;
let liaisonToken: string;
let puts = 0;
beforeAll(async () => {
  w = await createLedgerWorld(db());
  const mint = async (role: "CITY_ADMIN" | "DEPARTMENT_LIAISON", departmentId?: string) =>
    (await createApiToken(w.office, { name: `文件类型${role}`, role, departmentId, expiresInDays: 7 })).token;
  officeToken = await mint("CITY_ADMIN");
  liaisonToken = await mint("DEPARTMENT_LIAISON", w.s.departmentA1.id);
  const inner = fileStore();
  setFileStore({
    put: (bytes) => {
      puts += 1;
      return inner.put(bytes);
    },
    get: (hash) => inner.get(hash),
    has: (hash) => inner.has(hash),
  });
});

const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const unique = (bytes: Uint8Array, at: number) => {
  const copy = new Uint8Array(bytes);
  copy.set(new TextEncoder().encode(uniqueSuffix()), at);
  return copy;
};

/** Whether an EXIF block points to a GPS directory (tag 0x8825, either byte order). */
const hasGpsPointer = (exif: Buffer | undefined) => Boolean(exif && (exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]))));

type Upload = { name: string; bytes: Uint8Array };
type EvidenceRow = { id: string; originalName: string; mimeType: string; size: number; hasThumbnail: boolean };

function postEntry(text: string, files: Upload[]) {
  const form = new FormData();
  form.set("effectiveDate", yesterday());
  form.set("text", text);
  for (const file of files) form.append("evidence", new File([new Uint8Array(file.bytes)], file.name));
  const request = new NextRequest(`http://localhost/api/v1/tasks/${w.tasks.overdue.id}/ledger-entries`, {
    method: "POST",
    headers: auth(liaisonToken),
    body: form,
  });
  return taskEntriesRoute.POST(request, withId(w.tasks.overdue.id));
}

async function uploaded(files: Upload[]): Promise<EvidenceRow[]> {
  const response = await postEntry(uniqueText("文件类型"), files);
  expect(response.status).toBe(201);
  return (await response.json()).evidence;
}

async function download(id: string) {
  const response = await evidenceRoute.GET(new NextRequest(`http://localhost/api/v1/evidence/${id}`, { headers: auth(officeToken) }), withId(id));
  expect(response.status).toBe(200);
  return { bytes: new Uint8Array(await response.arrayBuffer()), disposition: response.headers.get("content-disposition") ?? "" };
}

/** The online-submission zip of the whole city, through the export route. */
async function submissionZip(): Promise<JSZip> {
  const request = new NextRequest("http://localhost/api/v1/ledger/export?format=zip", { headers: auth(officeToken) });
  const response = await ledgerExportRoute.GET(request, { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> });
  expect(response.status).toBe(200);
  return JSZip.loadAsync(await response.arrayBuffer());
}
const zipPaths = (zip: JSZip) =>
  Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);

describe("files that only claim to be PDFs or photos", () => {
  it("refuses HTML with %PDF- at offset 5, an MZ executable with %PDF- at offset 100 and a renamed .exe with 415, storing nothing", async () => {
    const probes: Upload[] = [
      { name: "report.pdf", bytes: unique(htmlWithPdfMarkerBytes(), 30) },
      { name: "manual.pdf", bytes: unique(exeWithPdfMarkerBytes(), 160) },
      { name: "photo.jpg", bytes: unique(exeBytes(), 160) },
    ];
    for (const probe of probes) {
      const before = { puts, files: await db().evidenceFile.count({ where: { cityId: w.s.cityA.id } }) };
      const text = uniqueText("伪装文件");
      const response = await postEntry(text, [{ name: "真照片.png", bytes: await imageBytes("png", 8, 8) }, probe]);
      expect(response.status, probe.name).toBe(415);
      expect((await response.json()).error).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", message: expect.stringContaining(probe.name) });
      expect(puts).toBe(before.puts);
      expect(await fileStore().has(contentHashOf(probe.bytes))).toBe(false);
      expect(await db().evidenceFile.count({ where: { cityId: w.s.cityA.id } })).toBe(before.files);
      expect(await db().ledgerEntry.count({ where: { text } })).toBe(0);
    }
  });

  it("stores a real PDF named report.html as report.pdf, downloads it and zips it under that name", async () => {
    const bytes = unique(pdfBytes(), 9);
    const [file] = await uploaded([{ name: "report.html", bytes }]);
    expect(file).toMatchObject({ originalName: "report.pdf", mimeType: "application/pdf" });
    expect((await db().evidenceFile.findUniqueOrThrow({ where: { id: file.id } })).originalName).toBe("report.pdf");

    const { disposition } = await download(file.id);
    expect(disposition).toBe(`inline; filename="evidence-${file.id}.pdf"; filename*=UTF-8''report.pdf`);

    const paths = zipPaths(await submissionZip()).filter((path) => path.includes("_report."));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.endsWith("_report.pdf"))).toBe(true);
  });

  it("names a row stored before this rule by its kind too: in the entry, the download and the zip", async () => {
    const entry = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id }, [{ name: "旧记录.pdf", bytes: unique(pdfBytes(), 9) }]);
    const id = entry.evidence[0].id;
    await db().evidenceFile.update({ where: { id }, data: { originalName: "旧报告.html" } });

    const listed = await taskEntriesRoute.GET(
      new NextRequest(`http://localhost/api/v1/tasks/${w.tasks.overdue.id}/ledger-entries?pageSize=500`, { headers: auth(officeToken) }),
      withId(w.tasks.overdue.id),
    );
    const rows: { evidence: EvidenceRow[] }[] = (await listed.json()).items;
    expect(rows.flatMap((row) => row.evidence).find((file) => file.id === id)).toMatchObject({ originalName: "旧报告.pdf" });
    expect((await download(id)).disposition).toContain(`filename*=UTF-8''${encodeURIComponent("旧报告.pdf")}`);
    const paths = zipPaths(await submissionZip()).filter((path) => path.includes("_旧报告."));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.endsWith("_旧报告.pdf"))).toBe(true);
  });
});

describe("photos are stored re-encoded", () => {
  it("keeps no EXIF (GPS included) of a JPEG, applies its orientation, and records the stored bytes' hash and size", async () => {
    const original = await jpegWithGpsBytes(64, 32);
    const before = await sharp(original).metadata();
    expect(before).toMatchObject({ width: 64, height: 32, orientation: 6 });
    expect(hasGpsPointer(before.exif)).toBe(true);

    const [file] = await uploaded([{ name: "现场.jpg", bytes: original }]);
    const { bytes } = await download(file.id);
    const after = await sharp(bytes).metadata();
    expect(after).toMatchObject({ format: "jpeg", width: 32, height: 64 });
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    const row = await db().evidenceFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(row).toMatchObject({ contentHash: contentHashOf(bytes), size: bytes.byteLength });
    expect(await fileStore().has(contentHashOf(original))).toBe(false);
  });

  it("strips EXIF from PNG and WebP, keeps each format, and keeps an animated GIF's frames", async () => {
    const exif = { IFD3: { GPSLatitudeRef: "N", GPSLatitude: "30/1 15/1 0/1" } };
    const base = () => sharp({ create: { width: 16, height: 16, channels: 3, background: "#336699" } });
    const png = new Uint8Array(await base().png().withMetadata({ exif }).toBuffer());
    const webp = new Uint8Array(await base().webp().withMetadata({ exif }).toBuffer());
    const frames = Buffer.alloc(10 * 20 * 3, 200).fill(30, 0, 10 * 10 * 3);
    const gif = new Uint8Array(
      await sharp(frames, { raw: { width: 10, height: 20, channels: 3, pageHeight: 10 } })
        .gif()
        .toBuffer(),
    );
    for (const source of [png, webp]) expect(hasGpsPointer((await sharp(source).metadata()).exif)).toBe(true);
    expect((await sharp(gif).metadata()).pages).toBe(2);

    const files = await uploaded([
      { name: "a.png", bytes: png },
      { name: "b.webp", bytes: webp },
      { name: "c.gif", bytes: gif },
    ]);
    const stored = await Promise.all(files.map(async (file) => sharp((await download(file.id)).bytes).metadata()));
    expect(stored.map((metadata) => [metadata.format, metadata.exif])).toEqual([
      ["png", undefined],
      ["webp", undefined],
      ["gif", undefined],
    ]);
    expect(stored[2].pages).toBe(2);
  });
});

describe("the online-submission zip", () => {
  it("holds a file referred to by two entries of one criterion once in that criterion's folder", async () => {
    const photo = await imageBytes("jpeg", 12, 12);
    const name = `同一张${uniqueSuffix()}.jpg`;
    await uploaded([{ name, bytes: photo }]);
    await uploaded([{ name, bytes: photo }]);
    const paths = zipPaths(await submissionZip()).filter((path) => path.endsWith(`_${name}`));
    const folders = paths.map((path) => path.split("/")[0]);
    // The task serves two criteria: one copy in each folder, never two in one.
    expect(folders).toHaveLength(2);
    expect(new Set(folders).size).toBe(2);
  });

  it("keeps every evidence file inside its folder and the store, whatever its name", async () => {
    const hostile = ["../../etc/passwd.jpg", "..\\x.pdf", "..", "/abs/olute.pdf", "C:\\Windows\\system32\\evil.pdf"];
    const files = await uploaded(hostile.map((name, index) => ({ name, bytes: unique(pdfBytes(), 9 + index) })));
    expect(files.map((file) => file.originalName)).toEqual(["passwd.pdf", "x.pdf", "未命名文件.pdf", "olute.pdf", "evil.pdf"]);
    // Control characters and bidirectional overrides never reach a record (the service, below any transport).
    const entry = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id }, [
      { name: "a\u0000b\u0007c.pdf", bytes: unique(pdfBytes(), 9) },
      { name: "照片\u202Egpj.exe", bytes: await imageBytes("jpeg", 6, 6) },
    ]);
    expect(entry.evidence.map((file) => file.originalName)).toEqual(["abc.pdf", "照片gpj.jpg"]);

    const zip = await submissionZip();
    for (const path of zipPaths(zip)) {
      const segments = path.split("/");
      expect(segments.length, path).toBeLessThanOrEqual(2);
      expect(
        segments.every((segment) => segment !== "" && !segment.startsWith(".") && !/[\\:\u0000-\u001f\u202e]/.test(segment)),
        path,
      ).toBe(true);
    }
    const stored = await db().evidenceFile.findMany({ where: { cityId: w.s.cityA.id }, select: { originalName: true } });
    expect(stored.every(({ originalName }) => !/[\\/\u0000-\u001f\u202e]/.test(originalName))).toBe(true);
  });
});
