import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { precheckEvidenceFiles } from "./precheck-evidence-files";
import { MAX_FILES_PER_REQUEST, maxRequestBytes } from "./upload-limits";

const MB = 1024 * 1024;
const LIMIT = 20 * MB;

describe("precheckEvidenceFiles", () => {
  it("accepts files within the limit, including one exactly at it", () => {
    expect(
      precheckEvidenceFiles(
        [
          { name: "a.jpg", size: 1 },
          { name: "b.pdf", size: LIMIT },
        ],
        LIMIT,
      ),
    ).toEqual([]);
    expect(precheckEvidenceFiles([], LIMIT)).toEqual([]);
  });

  it("names every empty or oversized file with the limit in megabytes", () => {
    expect(
      precheckEvidenceFiles(
        [
          { name: "现场照片.jpg", size: LIMIT + 1 },
          { name: "ok.png", size: 10 },
          { name: "空白.pdf", size: 0 },
        ],
        LIMIT,
      ),
    ).toEqual(["文件“现场照片.jpg”超过 20 MB 的大小上限，请压缩或拆分后再上传。", "文件“空白.pdf”是空文件，请重新选择。"]);
  });

  it("refuses more files than one form may carry", () => {
    const files = Array.from({ length: MAX_FILES_PER_REQUEST + 1 }, (_, index) => ({ name: `${index}.jpg`, size: 10 }));
    expect(precheckEvidenceFiles(files, LIMIT)).toEqual([`一次最多上传 ${MAX_FILES_PER_REQUEST} 个文件，请分几次上传。`]);
    expect(precheckEvidenceFiles(files.slice(1), LIMIT)).toEqual([]);
  });

  it("refuses a batch of allowed files whose total the server would refuse unread", () => {
    const files = Array.from({ length: 11 }, (_, index) => ({ name: `${index}.jpg`, size: LIMIT }));
    expect(precheckEvidenceFiles(files, LIMIT)).toEqual(["本次上传的文件总大小超过 200 MB，请分几次上传。"]);
  });

  it("finds a problem exactly when the server's limits would refuse the batch", () => {
    const file = fc.record({ name: fc.string({ minLength: 1, maxLength: 8 }), size: fc.integer({ min: 0, max: LIMIT + 2 }) });
    fc.assert(
      fc.property(fc.array(file, { maxLength: MAX_FILES_PER_REQUEST + 2 }), (files) => {
        const total = files.reduce((sum, f) => sum + f.size, 0);
        const refused = files.length > MAX_FILES_PER_REQUEST || files.some((f) => f.size === 0 || f.size > LIMIT) || total > maxRequestBytes(LIMIT);
        expect(precheckEvidenceFiles(files, LIMIT).length > 0).toBe(refused);
      }),
    );
  });
});
