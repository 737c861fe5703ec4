import { describe, expect, it } from "vitest";
import { precheckReportPhotos } from "./report-photos";

const MB = 1024 * 1024;

describe("the browser's check of a report's photos", () => {
  it("passes up to six photos within the size limit", () => {
    expect(
      precheckReportPhotos(
        Array.from({ length: 6 }, (_, i) => ({ name: `${i}.jpg`, size: MB })),
        20 * MB,
      ),
    ).toEqual([]);
  });

  it("names too many photos, an empty one and one too large", () => {
    expect(
      precheckReportPhotos(
        Array.from({ length: 7 }, (_, i) => ({ name: `${i}.jpg`, size: MB })),
        20 * MB,
      ),
    ).toEqual(["一次最多上传 6 个文件，请分几次上传。"]);
    expect(
      precheckReportPhotos(
        [
          { name: "空.jpg", size: 0 },
          { name: "大.jpg", size: 21 * MB },
        ],
        20 * MB,
      ),
    ).toEqual(["文件“空.jpg”是空文件，请重新选择。", "文件“大.jpg”超过 20 MB 的大小上限，请压缩或拆分后再上传。"]);
  });
});
