import { describe, expect, it } from "vitest";
import { CHUNK, lazyBody, MB, multipartFileHead } from "@/tests/support/lazy-body";
import { readMultipartBody, type MultipartLimits } from "./read-multipart-body";

const limits: MultipartLimits = {
  fileField: "evidence",
  maxFileBytes: MB,
  maxFiles: 3,
  maxRequestBytes: 4 * MB,
  messages: { fileTooLarge: (name) => `文件“${name}”太大`, requestTooLarge: "请求太大", tooManyFiles: "文件太多" },
};

const post = (body: BodyInit | null, headers?: Record<string, string>) =>
  new Request("http://localhost/api/v1/x", { method: "POST", headers, body, duplex: "half" } as RequestInit);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { status: number; code: string; message: string; fieldErrors?: unknown }) => error,
  );

function form(entries: Array<[string, string | File]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("readMultipartBody", () => {
  it("returns the text fields (repeated ones as a list) and the files of the file field with their UTF-8 names", async () => {
    const body = form([
      ["text", "第一行\n第二行"],
      ["removeEvidenceIds", "a"],
      ["removeEvidenceIds", "b"],
      ["evidence", new File([new Uint8Array([1, 2, 3])], "现场.jpg")],
      ["evidence", new File([new Uint8Array(MB)], "整整1MB.pdf")],
      ["other", new File([new Uint8Array([9])], "skipped.bin")],
      ["evidence", new File([], "")],
    ]);
    const { fields, files } = await readMultipartBody(post(body), limits);
    // FormData sends line breaks as CRLF, as browsers do.
    expect(fields).toEqual({ text: "第一行\r\n第二行", removeEvidenceIds: ["a", "b"] });
    expect(files.map((file) => [file.name, file.bytes.byteLength])).toEqual([
      ["现场.jpg", 3],
      ["整整1MB.pdf", MB],
    ]);
    expect(files[0].bytes).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("takes no body at all as an empty form, and answers 415 for anything but multipart", async () => {
    expect(await readMultipartBody(post(null), limits)).toEqual({ fields: {}, files: [] });
    for (const type of ["application/json", "text/plain", "application/x-www-form-urlencoded"]) {
      const body = lazyBody(10 * CHUNK);
      expect(await failure(readMultipartBody(post(body.stream, { "content-type": type }), limits))).toMatchObject({ status: 415 });
      expect(body.pulled()).toBe(0);
    }
  });

  it("stops a 228 MB file at the file limit plus one chunk: 413 naming the file", async () => {
    const body = lazyBody(228 * MB, { head: multipartFileHead("b0undary", "evidence", "巨大.jpg") });
    const request = post(body.stream, { "content-type": "multipart/form-data; boundary=b0undary" });
    expect(await failure(readMultipartBody(request, limits))).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE", message: "文件“巨大.jpg”太大" });
    expect(body.pulled()).toBeLessThanOrEqual(MB + 2 * CHUNK);
    expect(body.isCancelled()).toBe(true);
  });

  it("counts the raw request: a chunked body with no length stops at the request limit plus 64 KB", async () => {
    const body = lazyBody(228 * MB, { head: multipartFileHead("b0undary", "ignored", "x.bin") });
    const request = post(body.stream, { "content-type": "multipart/form-data; boundary=b0undary" });
    expect(await failure(readMultipartBody(request, limits))).toMatchObject({ status: 413, message: "请求太大" });
    expect(body.pulled()).toBeLessThanOrEqual(4 * MB + CHUNK);
    expect(body.isCancelled()).toBe(true);
  });

  it("refuses a declared length over the request limit before reading", async () => {
    const body = lazyBody(5 * MB);
    const request = post(body.stream, { "content-type": "multipart/form-data; boundary=x", "content-length": String(5 * MB) });
    expect(await failure(readMultipartBody(request, limits))).toMatchObject({ status: 413, message: "请求太大" });
    expect(body.pulled()).toBe(0);
  });

  it("answers 422 for too many files, a control character in a text field, and a malformed form", async () => {
    const many = form(Array.from({ length: 4 }, (_, index): [string, File] => ["evidence", new File([new Uint8Array([index])], `${index}.pdf`)]));
    expect(await failure(readMultipartBody(post(many), limits))).toMatchObject({ status: 422, fieldErrors: { evidence: ["文件太多"] } });
    const nul = form([["text", "坏\u0000字"]]);
    expect(await failure(readMultipartBody(post(nul), limits))).toMatchObject({ status: 422, fieldErrors: { text: [expect.any(String)] } });
    const truncated = post('--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nno end', { "content-type": "multipart/form-data; boundary=x" });
    expect(await failure(readMultipartBody(truncated, limits))).toMatchObject({ status: 422 });
    const noBoundary = post("whatever", { "content-type": "multipart/form-data" });
    expect(await failure(readMultipartBody(noBoundary, limits))).toMatchObject({ status: 422 });
  });
});
