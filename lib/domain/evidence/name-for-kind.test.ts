import { describe, expect, it } from "vitest";
import { nameForKind, nameForMimeType, namePartsForKind } from "./name-for-kind";

describe("nameForKind", () => {
  it("gives a name the detected kind's extension", () => {
    expect(nameForKind("report.html", "pdf")).toBe("report.pdf");
    expect(nameForKind("photo.exe", "jpeg")).toBe("photo.jpg");
    expect(nameForKind("scan", "pdf")).toBe("scan.pdf");
    expect(nameForKind("总结.doc", "docx")).toBe("总结.docx");
    expect(nameForKind("a.exe.", "png")).toBe("a.png");
    expect(nameForKind("setup.jpg.exe", "jpeg")).toBe("setup.jpg.jpg");
  });

  it("keeps a right extension as the user wrote it", () => {
    expect(nameForKind("现场.jpeg", "jpeg")).toBe("现场.jpeg");
    expect(nameForKind("现场.JPG", "jpeg")).toBe("现场.JPG");
    expect(nameForKind("方案.Pdf", "pdf")).toBe("方案.Pdf");
    expect(nameForKind("表.xlsx", "xlsx")).toBe("表.xlsx");
  });

  it("cuts nothing that is not an extension", () => {
    expect(nameForKind("2026.05.02 现场", "jpeg")).toBe("2026.05.02 现场.jpg");
    expect(nameForKind("Q1.2026", "pdf")).toBe("Q1.2026.pdf");
    expect(nameForKind("照片.原图", "png")).toBe("照片.原图.png");
  });

  it("names a file with no stem", () => {
    expect(nameForKind(".pdf", "pdf")).toBe("未命名文件.pdf");
    expect(nameForKind("..", "gif")).toBe("未命名文件.gif");
    expect(nameForKind("", "webp")).toBe("未命名文件.webp");
  });

  it("splits the stem from the extension", () => {
    expect(namePartsForKind("report.html", "pdf")).toEqual({ stem: "report", extension: "pdf" });
    expect(namePartsForKind("IMG.JPEG", "jpeg")).toEqual({ stem: "IMG", extension: "JPEG" });
  });

  it("works from a stored MIME type, and gives an unknown one a name nothing opens", () => {
    expect(nameForMimeType("report.html", "application/pdf")).toBe("report.pdf");
    expect(nameForMimeType("photo.exe", "image/jpeg")).toBe("photo.jpg");
    expect(nameForMimeType("旧表.xls", "application/vnd.ms-excel")).toBe("旧表.xls");
    expect(nameForMimeType("x.html", "text/html")).toBe("x.bin");
  });
});
