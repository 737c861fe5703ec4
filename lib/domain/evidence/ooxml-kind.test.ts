import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ooxmlBytes, plainZipBytes, renameInCentralDirectory, zipBytes } from "@/tests/fixtures/evidence/evidence-files";
import { detectEvidenceKind } from "./detect-evidence-kind";
import { ooxmlKind } from "./ooxml-kind";
import { zipEntryNames } from "./zip-entry-names";

const CONTENT_TYPES = "[Content_Types].xml";

/** The bytes with the end-of-central-directory record's entry counts set to `count`. */
function withEntryCount(zip: Uint8Array, count: number): Uint8Array {
  const bytes = new Uint8Array(zip);
  const data = new DataView(bytes.buffer);
  const end = bytes.length - 22;
  data.setUint16(end + 8, count, true);
  data.setUint16(end + 10, count, true);
  return bytes;
}

describe("ooxmlKind", () => {
  it("takes a ZIP listing [Content_Types].xml and a word/ part as a Word document", async () => {
    const docx = await zipBytes([CONTENT_TYPES, "word/document.xml"]);
    expect(ooxmlKind(docx)).toBe("docx");
    expect(detectEvidenceKind(docx)?.kind).toBe("docx");
  });

  it("refuses macro projects wherever they sit", async () => {
    for (const part of ["word/vbaProject.bin", "xl/vbaProject.bin", "ppt/vbaProject.bin", "vbaProject.bin", "word/VBAPROJECT.BIN"]) {
      const folder = part.startsWith("xl/") ? "xl" : part.startsWith("ppt/") ? "ppt" : "word";
      expect(ooxmlKind(await ooxmlBytes(folder, [part])), part).toBeNull();
    }
    expect(ooxmlKind(await ooxmlBytes("word", ["word/media/image1.png"]))).toBe("docx");
  });

  it("needs both the content types and a part of an Office application", async () => {
    expect(ooxmlKind(await plainZipBytes())).toBeNull();
    expect(ooxmlKind(await zipBytes(["word/document.xml"]))).toBeNull();
    expect(ooxmlKind(await zipBytes([CONTENT_TYPES, "docProps/core.xml"]))).toBeNull();
    expect(ooxmlKind(await zipBytes([CONTENT_TYPES, "word/"]))).toBeNull();
  });

  it("is decided by the central directory, whatever the local headers say", async () => {
    const hidden = renameInCentralDirectory(await ooxmlBytes("word"), "word/document.xml", "wxrd/document.xml");
    // JSZip also lists the folder itself ("word/"), which is no part.
    expect(zipEntryNames(hidden)).toEqual([CONTENT_TYPES, "word/", "wxrd/document.xml"]);
    expect(ooxmlKind(hidden)).toBeNull();
    const claimed = renameInCentralDirectory(await zipBytes([CONTENT_TYPES, "wxrd/document.xml"]), "wxrd/document.xml", "word/document.xml");
    expect(ooxmlKind(claimed)).toBe("docx");
    const macro = renameInCentralDirectory(await ooxmlBytes("word", ["word/xbaProject.bin"]), "word/xbaProject.bin", "word/vbaProject.bin");
    expect(ooxmlKind(macro)).toBeNull();
  });

  it("refuses a truncated ZIP, trailing bytes and a ZIP64 directory", async () => {
    const docx = await ooxmlBytes("word");
    for (let length = 0; length < docx.length; length += 1) expect(ooxmlKind(docx.subarray(0, length))).toBeNull();
    expect(ooxmlKind(new Uint8Array([...docx, 0]))).toBeNull();
    expect(ooxmlKind(withEntryCount(docx, 0xffff))).toBeNull();
  });

  it("refuses a directory that claims more entries than it holds, without running past it", async () => {
    const docx = await ooxmlBytes("word");
    expect(zipEntryNames(withEntryCount(docx, 60_000))).toBeNull();
    expect(zipEntryNames(withEntryCount(docx, 1))).toEqual([CONTENT_TYPES]);
  });

  it("never throws on garbled bytes", async () => {
    const docx = await ooxmlBytes("word");
    fc.assert(
      fc.property(fc.integer({ min: 4, max: docx.length - 1 }), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const garbled = new Uint8Array(docx);
        garbled[at] = value;
        const kind = ooxmlKind(garbled);
        expect(kind === null || kind === "docx").toBe(true);
      }),
    );
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (tail) => ooxmlKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])) !== undefined));
  });
});
