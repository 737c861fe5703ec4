import { describe, expect, it } from "vitest";
import { isUploadedFile, isUploadedFileList, uploadedFiles } from "./uploads";

const file = (name: string, size = 3) => ({ name, bytes: new Uint8Array(size) });

describe("uploadedFiles", () => {
  const photos = uploadedFiles({ max: 2 });

  it("takes up to max files and defaults to none", () => {
    expect(photos.parse(undefined)).toEqual([]);
    expect(photos.parse([file("a.jpg"), file("b.jpg")])).toHaveLength(2);
    expect(photos.parse([{ name: "buf.jpg", bytes: Buffer.from("abc") }])).toHaveLength(1);
  });

  it("names too many files, and every empty one, in Chinese", () => {
    expect(photos.safeParse([file("a"), file("b"), file("c")]).error?.issues[0].message).toBe("一次最多上传 2 个文件，请分几次上传。");
    const empty = uploadedFiles({ max: 5 })
      .safeParse([file("空.jpg", 0), file("好.jpg"), file("也空.jpg", 0)])
      .error?.issues.map((issue) => issue.message);
    expect(empty).toEqual([expect.stringContaining("空.jpg"), expect.stringContaining("也空.jpg")]);
  });

  it("refuses anything that is not bytes (a JSON body cannot pass a file off)", () => {
    expect(photos.safeParse([{ name: "a.jpg", bytes: [1, 2, 3] }]).success).toBe(false);
    expect(photos.safeParse([{ name: "a.jpg", bytes: "AAEC" }]).success).toBe(false);
    expect(photos.safeParse("a.jpg").success).toBe(false);
  });
});

describe("isUploadedFile", () => {
  it("knows a file by its name and bytes", () => {
    expect(isUploadedFile(file("a"))).toBe(true);
    expect(isUploadedFile({ name: "a", bytes: [1] })).toBe(false);
    expect(isUploadedFileList([file("a"), file("b")])).toBe(true);
    expect(isUploadedFileList([file("a"), "b"])).toBe(false);
  });
});
