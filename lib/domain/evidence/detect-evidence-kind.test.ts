import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  exeBytes,
  exeWithPdfMarkerBytes,
  htmlWithPdfMarkerBytes,
  imageBytes,
  ooxmlBytes,
  oleBytes,
  pdfBytes,
  plainZipBytes,
} from "@/tests/fixtures/evidence/evidence-files";
import { classifyEvidenceUpload, cleanFileName } from "./classify-evidence-upload";
import { detectEvidenceKind } from "./detect-evidence-kind";
import { megabytes } from "./evidence-messages";

describe("detectEvidenceKind", () => {
  it.each(["png", "jpeg", "gif", "webp"] as const)("recognises a %s image by its bytes", async (format) => {
    expect(detectEvidenceKind(await imageBytes(format, 4, 4))).toMatchObject({ kind: format, mimeType: `image/${format}`, isImage: true });
  });

  it("recognises a PDF only by its header at offset 0", () => {
    expect(detectEvidenceKind(pdfBytes())).toMatchObject({ kind: "pdf", mimeType: "application/pdf", isImage: false });
    expect(detectEvidenceKind(new Uint8Array([0x0a, 0x0a, ...pdfBytes()]))).toBeNull();
  });

  it("refuses a web page or an executable that mentions %PDF- in its first kilobyte (issue 7 probe 8)", () => {
    const html = htmlWithPdfMarkerBytes();
    expect(new TextDecoder().decode(html).indexOf("%PDF-")).toBe(5);
    expect(detectEvidenceKind(html)).toBeNull();
    const exe = exeWithPdfMarkerBytes();
    expect([exe[0], exe[1], new TextDecoder().decode(exe.subarray(100, 105))]).toEqual([0x4d, 0x5a, "%PDF-"]);
    expect(detectEvidenceKind(exe)).toBeNull();
  });

  it("refuses images whose magic bytes are not at offset 0", async () => {
    expect(detectEvidenceKind(new Uint8Array([0x20, ...(await imageBytes("png", 4, 4))]))).toBeNull();
    expect(detectEvidenceKind(new TextEncoder().encode("GIF88a"))).toBeNull();
    expect(detectEvidenceKind(new TextEncoder().encode("RIFF\0\0\0\0WAVEfmt "))).toBeNull();
  });

  it("tells Word, Excel and PowerPoint packages apart by their part folders", async () => {
    expect(detectEvidenceKind(await ooxmlBytes("word"))?.kind).toBe("docx");
    expect(detectEvidenceKind(await ooxmlBytes("xl"))?.kind).toBe("xlsx");
    expect(detectEvidenceKind(await ooxmlBytes("ppt"))?.mimeType).toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
  });

  it("recognises documents written by real Office libraries", async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("台账")] }] }));
    expect(detectEvidenceKind(new Uint8Array(docx))?.kind).toBe("docx");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("台账").addRow(["日期", "工作内容"]);
    expect(detectEvidenceKind(new Uint8Array(await book.xlsx.writeBuffer()))?.kind).toBe("xlsx");
  });

  it("refuses a ZIP that is not an Office package", async () => {
    expect(detectEvidenceKind(await plainZipBytes())).toBeNull();
  });

  it("tells the legacy Office formats apart by their main stream, and refuses other compound files", () => {
    expect(detectEvidenceKind(oleBytes("WordDocument"))?.kind).toBe("doc");
    expect(detectEvidenceKind(oleBytes("Workbook"))?.kind).toBe("xls");
    expect(detectEvidenceKind(oleBytes("PowerPoint Document"))?.kind).toBe("ppt");
    expect(detectEvidenceKind(oleBytes("SummaryInformation"))).toBeNull();
  });

  it("refuses an executable, text and nothing", () => {
    expect(detectEvidenceKind(exeBytes())).toBeNull();
    expect(detectEvidenceKind(new TextEncoder().encode("hello"))).toBeNull();
    expect(detectEvidenceKind(new Uint8Array())).toBeNull();
  });
});

describe("classifyEvidenceUpload", () => {
  it("refuses a phone's HEIC photo with a message that says how to send JPEG instead", () => {
    const heif = (brand: string) => new Uint8Array([0, 0, 0, 24, ...[...("ftyp" + brand)].map((c) => c.charCodeAt(0)), 0, 0, 0, 0, 1, 2, 3, 4]);
    const heic = classifyEvidenceUpload({ name: "IMG_0001.HEIC", bytes: heif("heic") }, 10_000);
    expect(heic).toMatchObject({ ok: false, problem: "UNSUPPORTED" });
    expect(!heic.ok && heic.message).toBe(
      "照片“IMG_0001.HEIC”是 HEIC/HEIF 格式，系统无法识别。请在手机相机设置中选择“兼容性最佳”（JPEG），或把照片转为 JPEG 后再上传。",
    );
    expect(classifyEvidenceUpload({ name: "a.heif", bytes: heif("mif1") }, 10_000)).toMatchObject({ ok: false, message: expect.stringContaining("HEIC/HEIF") });
    // An MP4 video is an ISO-BMFF file too, but not a photo: the general message.
    const video = classifyEvidenceUpload({ name: "v.mp4", bytes: heif("isom") }, 10_000);
    expect(!video.ok && video.message).toMatch(/类型不受支持/);
  });

  it("reports an empty file, a file over the limit and an unsupported one by name", async () => {
    expect(classifyEvidenceUpload({ name: "空.jpg", bytes: new Uint8Array() }, 100)).toMatchObject({
      ok: false,
      problem: "EMPTY",
      message: expect.stringContaining("空.jpg"),
    });
    expect(classifyEvidenceUpload({ name: "大.pdf", bytes: pdfBytes() }, 10)).toMatchObject({
      ok: false,
      problem: "TOO_LARGE",
      message: expect.stringContaining("大.pdf"),
    });
    const exe = classifyEvidenceUpload({ name: "照片.jpg", bytes: exeBytes() }, 10_000);
    expect(exe).toMatchObject({ ok: false, problem: "UNSUPPORTED" });
    expect(!exe.ok && exe.message).toMatch(/照片\.jpg.*图片.*PDF.*Office/);
  });

  it("accepts an allowed file whatever its name, and stores it under its kind's extension", async () => {
    expect(classifyEvidenceUpload({ name: "scan.bin", bytes: pdfBytes() }, 10_000)).toMatchObject({
      ok: true,
      name: "scan.bin",
      storedName: "scan.pdf",
      detected: { kind: "pdf" },
    });
    const jpeg = await imageBytes("jpeg", 4, 4);
    expect(classifyEvidenceUpload({ name: "photo.exe", bytes: jpeg }, 10_000)).toMatchObject({ ok: true, storedName: "photo.jpg" });
    expect(classifyEvidenceUpload({ name: "../../etc/passwd.jpg", bytes: jpeg }, 10_000)).toMatchObject({ ok: true, storedName: "passwd.jpg" });
    expect(classifyEvidenceUpload({ name: "..\\x.pdf", bytes: pdfBytes() }, 10_000)).toMatchObject({ ok: true, storedName: "x.pdf" });
    expect(classifyEvidenceUpload({ name: "..", bytes: pdfBytes() }, 10_000)).toMatchObject({ ok: true, storedName: "未命名文件.pdf" });
  });

  it("cleans names and shows limits in MB", () => {
    expect(cleanFileName("C:\\fakepath\\现场\u0007照片.jpg")).toBe("现场照片.jpg");
    expect(cleanFileName("a\u0000b\u0085c\u202Egpj.exe")).toBe("abcgpj.exe");
    expect(cleanFileName("   ")).toBe("未命名文件");
    expect(cleanFileName(`${"长".repeat(300)}.docx`)).toHaveLength(200);
    expect(cleanFileName(`${"长".repeat(300)}.docx`).endsWith(".docx")).toBe(true);
    expect(megabytes(20 * 1024 * 1024)).toBe("20");
    expect(megabytes(1536 * 1024)).toBe("1.5");
  });
});
