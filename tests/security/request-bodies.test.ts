import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { fileStore, setFileStore } from "@/lib/server/storage";
import * as unknownRoute from "@/app/api/v1/[[...path]]/route";
import * as departmentsRoute from "@/app/api/v1/departments/route";
import * as editionImportRoute from "@/app/api/v1/editions/import/route";
import * as taskEntriesRoute from "@/app/api/v1/tasks/[id]/ledger-entries/route";
import * as taskImportRoute from "@/app/api/v1/tasks/import/route";
import { SECOND_YAML, readEditionYaml, uniqueCode, withCode, yamlFileOf } from "@/tests/fixtures/editions/edition-files";
import { pdfBytes } from "@/tests/fixtures/evidence/evidence-files";
import { createLedgerWorld, uniqueText, yesterday, type LedgerWorld } from "@/tests/fixtures/evidence/ledger-world";
import { uniqueSuffix } from "@/tests/factories/unique";
import { CHUNK, lazyBody, MB, multipartFileHead } from "@/tests/support/lazy-body";

// Probe 7 of issue 7: a chunked 228 MB upload was buffered whole and then accepted, and the
// imports read 150 MB bodies before refusing a liaison with 403. Every body is generated lazily
// and counts what the server pulled: the tests prove where reading stopped, never how long it took.

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => session.actor }));

let w: LedgerWorld;
let stored = 0;
beforeAll(async () => {
  w = await createLedgerWorld(db());
  const inner = fileStore();
  setFileStore({
    put: (bytes) => {
      stored += 1;
      return inner.put(bytes);
    },
    get: (hash) => inner.get(hash),
    has: (hash) => inner.has(hash),
  });
});

const savedLimit = process.env.UPLOAD_MAX_BYTES;
afterEach(() => {
  if (savedLimit === undefined) delete process.env.UPLOAD_MAX_BYTES;
  else process.env.UPLOAD_MAX_BYTES = savedLimit;
  resetEnvCache();
});

const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

/** A signed-in user's request (session cookie, no Origin: not a browser page) with a streamed body. */
function streamed(path: string, stream: ReadableStream<Uint8Array>, contentType: string) {
  return new NextRequest(`http://localhost${path}`, { method: "POST", headers: { "content-type": contentType }, body: stream, duplex: "half" } as never);
}

/** A 150 MB (or any size) multipart upload of one file that runs on lazily. */
function lazyUpload(field: string, size: number) {
  const boundary = `b${uniqueSuffix()}`;
  const body = lazyBody(size, { head: multipartFileHead(boundary, field, "大文件.xlsx") });
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

const entryCount = () => db().ledgerEntry.count({ where: { taskId: w.tasks.overdue.id } });

describe("the permission comes before the body", () => {
  it("refuses a liaison's 150 MB task-list import with 403 without pulling a byte", async () => {
    session.actor = w.liaisonA1;
    const { body, contentType } = lazyUpload("file", 150 * MB);
    const response = await taskImportRoute.POST(streamed("/api/v1/tasks/import?dryRun=1", body.stream, contentType), none);
    expect(response.status).toBe(403);
    expect(body.pulled()).toBe(0);
  });

  it("refuses a liaison's and a city admin's 150 MB edition import with 403 without pulling a byte", async () => {
    for (const actor of [w.liaisonA1, w.office]) {
      session.actor = actor;
      const { body, contentType } = lazyUpload("file", 150 * MB);
      const response = await editionImportRoute.POST(streamed("/api/v1/editions/import", body.stream, contentType), none);
      expect(response.status).toBe(403);
      expect(body.pulled()).toBe(0);
    }
  });

  it("reads the file once the permission holds: a supervisor's edition preview", async () => {
    session.actor = w.s.actors.supervisor;
    const file = yamlFileOf(withCode(readEditionYaml(SECOND_YAML), uniqueCode("BODY")));
    const form = new FormData();
    form.set("file", new File([new Uint8Array(file.bytes)], file.name));
    const request = new NextRequest("http://localhost/api/v1/editions/import?dryRun=1", { method: "POST", body: form });
    expect((await editionImportRoute.POST(request, none)).status).toBe(200);
  });

  it("refuses a liaison's department write with 403 without pulling a byte", async () => {
    session.actor = w.liaisonA1;
    const body = lazyBody(228 * MB);
    const response = await departmentsRoute.POST(streamed("/api/v1/departments", body.stream, "application/json"), none);
    expect(response.status).toBe(403);
    expect(body.pulled()).toBe(0);
  });
});

describe("bodies are limited while they stream", () => {
  it("stops a chunked 228 MB evidence upload at the file limit plus 64 KB: 413, nothing stored", async () => {
    process.env.UPLOAD_MAX_BYTES = String(MB);
    resetEnvCache();
    session.actor = w.liaisonA1;
    const before = { entries: await entryCount(), stored };
    const { body, contentType } = lazyUpload("evidence", 228 * MB);
    const response = await taskEntriesRoute.POST(
      streamed(`/api/v1/tasks/${w.tasks.overdue.id}/ledger-entries`, body.stream, contentType),
      withId(w.tasks.overdue.id),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE", message: expect.stringContaining("大文件.xlsx") } });
    const head = multipartFileHead("b", "evidence", "大文件.xlsx").byteLength + 32;
    expect(body.pulled()).toBeLessThanOrEqual(MB + CHUNK + head);
    expect(body.isCancelled()).toBe(true);
    expect({ entries: await entryCount(), stored }).toEqual(before);
  });

  it("answers 413 for one evidence file over the limit in an ordinary form, and stores nothing", async () => {
    process.env.UPLOAD_MAX_BYTES = String(MB);
    resetEnvCache();
    session.actor = w.liaisonA1;
    const before = { entries: await entryCount(), stored };
    const form = new FormData();
    form.set("effectiveDate", yesterday());
    form.set("text", uniqueText("超限"));
    form.append("evidence", new File([new Uint8Array(pdfBytes())], "小.pdf"));
    const big = new Uint8Array(MB + 1);
    big.set(pdfBytes());
    form.append("evidence", new File([big], "大.pdf"));
    const request = new NextRequest(`http://localhost/api/v1/tasks/${w.tasks.overdue.id}/ledger-entries`, { method: "POST", body: form });
    const response = await taskEntriesRoute.POST(request, withId(w.tasks.overdue.id));
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toContain("大.pdf");
    expect({ entries: await entryCount(), stored }).toEqual(before);
  });

  it("stops a chunked 228 MB import at 20 MB plus 64 KB for an office allowed to import", async () => {
    session.actor = w.office;
    const { body, contentType } = lazyUpload("file", 228 * MB);
    const response = await taskImportRoute.POST(streamed("/api/v1/tasks/import?dryRun=1", body.stream, contentType), none);
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(20 * MB + 2 * CHUNK);
    expect(body.isCancelled()).toBe(true);
  });

  it("stops a chunked JSON body at 1 MB plus 64 KB: 413, nothing created", async () => {
    session.actor = w.office;
    const before = await db().department.count({ where: { cityId: w.s.cityA.id } });
    const body = lazyBody(228 * MB);
    const response = await departmentsRoute.POST(streamed("/api/v1/departments", body.stream, "application/json"), none);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(body.pulled()).toBeLessThanOrEqual(MB + CHUNK);
    expect(await db().department.count({ where: { cityId: w.s.cityA.id } })).toBe(before);
  });

  it("takes only application/json on JSON routes: text/plain is 415 and creates nothing", async () => {
    session.actor = w.office;
    const name = `纯文本局${uniqueSuffix()}`;
    const request = new NextRequest("http://localhost/api/v1/departments", {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8" },
      body: JSON.stringify({ name, kind: "BUREAU" }),
    });
    const response = await departmentsRoute.POST(request, none);
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(await db().department.count({ where: { name } })).toBe(0);
  });
});

describe("unknown /api/v1 paths", () => {
  it("answer 404 JSON for every method", async () => {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      const response = await unknownRoute[method]();
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
    }
  });
});
