import { describe, expect, it } from "vitest";
import { CHUNK, lazyBody, MB } from "@/tests/support/lazy-body";
import { readJsonBody } from "./read-json-body";

const post = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost/api/v1/x", { method: "POST", headers, body, duplex: "half" } as RequestInit);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { status: number; code: string; fieldErrors?: unknown }) => error,
  );

describe("readJsonBody", () => {
  it("parses a JSON object, with or without a UTF-8 charset", async () => {
    expect(await readJsonBody(post('{"name":"市城管局"}'))).toEqual({ name: "市城管局" });
    expect(await readJsonBody(post('{"a":1}', { "content-type": "application/json; charset=UTF-8" }))).toEqual({ a: 1 });
  });

  it("takes no body at all as an empty object", async () => {
    expect(await readJsonBody(post(null, {}))).toEqual({});
    expect(await readJsonBody(post(""))).toEqual({});
  });

  it("answers 415 for text/plain, a form, no content type or another charset, without reading", async () => {
    for (const headers of [
      { "content-type": "text/plain" },
      { "content-type": "application/x-www-form-urlencoded" },
      { "content-type": "application/json; charset=latin1" },
      {} as Record<string, string>,
    ]) {
      const body = lazyBody(10 * CHUNK);
      expect(await failure(readJsonBody(post(body.stream, headers)))).toMatchObject({ status: 415, code: "UNSUPPORTED_MEDIA_TYPE" });
      expect(body.pulled()).toBe(0);
    }
  });

  it("answers 413 past 1 MB: at once for a declared length, after at most 1 MB + 64 KB for a chunked body", async () => {
    const declared = lazyBody(2 * MB);
    const request = post(declared.stream, { "content-type": "application/json", "content-length": String(2 * MB) });
    expect(await failure(readJsonBody(request))).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    expect(declared.pulled()).toBe(0);

    const chunked = lazyBody(228 * MB);
    expect(await failure(readJsonBody(post(chunked.stream)))).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    expect(chunked.pulled()).toBeLessThanOrEqual(MB + CHUNK);
    expect(chunked.isCancelled()).toBe(true);
  });

  it("answers 422 for malformed JSON, invalid UTF-8 and a body that is not an object", async () => {
    for (const body of ["{", "[1,2]", '"text"', "null", new Uint8Array([0x7b, 0xff, 0x7d])]) {
      expect(await failure(readJsonBody(post(body)))).toMatchObject({ status: 422, code: "VALIDATION_FAILED", fieldErrors: { _form: expect.any(Array) } });
    }
  });
});
