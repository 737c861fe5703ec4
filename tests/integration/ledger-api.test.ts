import { NextRequest } from "next/server";
import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import * as evidenceRoute from "@/app/api/v1/evidence/[id]/route";
import * as answerRoute from "@/app/api/v1/ledger-entries/[id]/answer/route";
import * as reviewRoute from "@/app/api/v1/ledger-entries/[id]/review/route";
import * as entryRoute from "@/app/api/v1/ledger-entries/[id]/route";
import * as taskEntriesRoute from "@/app/api/v1/tasks/[id]/ledger-entries/route";
import { exeBytes, imageBytes, pdfBytes } from "@/tests/fixtures/evidence/evidence-files";
import { createLedgerWorld, tomorrow, uniqueText, yesterday, type LedgerWorld } from "@/tests/fixtures/evidence/ledger-world";

// Route handlers are called directly with Bearer tokens; there is no session outside a request.
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

let w: LedgerWorld;
let officeToken: string;
let liaisonToken: string;
let liaisonA2Token: string;
beforeAll(async () => {
  w = await createLedgerWorld(db());
  const mint = async (role: "CITY_ADMIN" | "DEPARTMENT_LIAISON", departmentId?: string) =>
    (await createApiToken(w.office, { name: `台账系统${role}`, role, departmentId, expiresInDays: 7 })).token;
  officeToken = await mint("CITY_ADMIN");
  liaisonToken = await mint("DEPARTMENT_LIAISON", w.s.departmentA1.id);
  liaisonA2Token = await mint("DEPARTMENT_LIAISON", w.s.departmentA2.id);
});

const savedLimit = process.env.UPLOAD_MAX_BYTES;
afterEach(() => {
  if (savedLimit === undefined) delete process.env.UPLOAD_MAX_BYTES;
  else process.env.UPLOAD_MAX_BYTES = savedLimit;
  resetEnvCache();
});

const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

type Upload = { name: string; bytes: Uint8Array };
function postEntry(taskId: string, fields: Record<string, string>, files: Upload[] = [], token = liaisonToken) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  for (const file of files) form.append("evidence", new File([new Uint8Array(file.bytes)], file.name));
  const request = new NextRequest(`http://localhost/api/v1/tasks/${taskId}/ledger-entries`, { method: "POST", headers: auth(token), body: form });
  return taskEntriesRoute.POST(request, withId(taskId));
}
const json = (method: string, path: string, body: unknown, token: string) =>
  new NextRequest(`http://localhost${path}`, { method, headers: { ...auth(token), "content-type": "application/json" }, body: JSON.stringify(body) });
const get = (path: string, token: string) => new NextRequest(`http://localhost${path}`, { headers: auth(token) });

describe("POST /api/v1/tasks/{id}/ledger-entries", () => {
  it("answers 201 with the entry, its department, figures and evidence", async () => {
    const text = uniqueText("垃圾分类督导");
    const response = await postEntry(
      w.tasks.overdue.id,
      {
        effectiveDate: yesterday(),
        text,
        figures: JSON.stringify([{ name: "督导点位", value: "35", unit: "个" }]),
      },
      [
        { name: "现场.jpg", bytes: await imageBytes("jpeg", 640, 480) },
        { name: "方案.pdf", bytes: pdfBytes() },
      ],
    );
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({
      id: expect.any(String),
      taskId: w.tasks.overdue.id,
      department: { id: w.s.departmentA1.id, name: w.s.departmentA1.name },
      effectiveDate: yesterday(),
      text,
      figures: [{ name: "督导点位", value: "35", unit: "个" }],
      reviewStatus: "PENDING",
      createdBy: { name: "接口令牌：台账系统DEPARTMENT_LIAISON" },
      version: 1,
      evidence: [
        { id: expect.any(String), originalName: "现场.jpg", mimeType: "image/jpeg", size: expect.any(Number), hasThumbnail: true },
        { id: expect.any(String), originalName: "方案.pdf", mimeType: "application/pdf", size: pdfBytes().length, hasThumbnail: false },
      ],
    });
  });

  it("takes an empty figures field, as the console form sends when no figure is filled in, as no figures", async () => {
    const text = uniqueText("无量化指标");
    const response = await postEntry(w.tasks.overdue.id, { effectiveDate: yesterday(), text, figures: "" });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ text, figures: [] });
  });

  it("answers 422 with field errors, 404 outside the caller's scope, 409 for a draft task", async () => {
    const invalid = await postEntry(w.tasks.overdue.id, { effectiveDate: tomorrow(), text: "" });
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({
      error: { code: "VALIDATION_FAILED" },
      fieldErrors: { effectiveDate: ["工作日期不能晚于今天"], text: ["请填写工作内容"] },
    });
    expect((await postEntry(w.tasks.notStarted.id, { effectiveDate: yesterday(), text: "越权" })).status).toBe(404);
    const draft = await postEntry(w.tasks.draft.id, { effectiveDate: yesterday(), text: "草稿" }, [], officeToken);
    expect(draft.status).toBe(409);
    expect((await draft.json()).error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("尚未交办") });
  });

  it("answers 415 for an .exe renamed .jpg, 413 for a file over the limit, 422 for an empty file", async () => {
    const exe = await postEntry(w.tasks.overdue.id, { effectiveDate: yesterday(), text: "照片" }, [{ name: "photo.jpg", bytes: exeBytes() }]);
    expect(exe.status).toBe(415);
    expect((await exe.json()).error).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", message: expect.stringContaining("photo.jpg") });

    process.env.UPLOAD_MAX_BYTES = String(2 * 1024 * 1024);
    resetEnvCache();
    const big = new Uint8Array(2 * 1024 * 1024 + 10);
    big.set(pdfBytes());
    const tooBig = await postEntry(w.tasks.overdue.id, { effectiveDate: yesterday(), text: "大文件" }, [{ name: "扫描件.pdf", bytes: big }]);
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: expect.stringMatching(/扫描件\.pdf.*2 MB/) });

    const empty = await postEntry(w.tasks.overdue.id, { effectiveDate: yesterday(), text: "空" }, [{ name: "空.png", bytes: new Uint8Array() }]);
    expect(empty.status).toBe(422);
    expect((await empty.json()).fieldErrors).toEqual({ evidence: [expect.stringContaining("空.png")] });
  });

  it("refuses a request whose declared length is beyond any batch before reading it, and too many files", async () => {
    process.env.UPLOAD_MAX_BYTES = String(1024 * 1024);
    resetEnvCache();
    const request = new NextRequest(`http://localhost/api/v1/tasks/${w.tasks.overdue.id}/ledger-entries`, {
      method: "POST",
      headers: { ...auth(liaisonToken), "content-type": "multipart/form-data; boundary=x", "content-length": String(12 * 1024 * 1024) },
      body: "--x--",
    });
    const response = await taskEntriesRoute.POST(request, withId(w.tasks.overdue.id));
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: expect.stringContaining("10 MB") });

    const many = Array.from({ length: 31 }, (_, index) => ({ name: `${index}.pdf`, bytes: pdfBytes() }));
    const tooMany = await postEntry(w.tasks.overdue.id, { effectiveDate: yesterday(), text: "很多文件" }, many);
    expect(tooMany.status).toBe(422);
    expect((await tooMany.json()).fieldErrors).toEqual({ evidence: [expect.stringContaining("30 个文件")] });
  });

  it("takes a 20 MB photo at the default limit", async () => {
    const photo = new Uint8Array(20 * 1024 * 1024);
    photo.set(await imageBytes("jpeg", 64, 64));
    const response = await postEntry(w.tasks.overdue.id, { effectiveDate: yesterday(), text: uniqueText("大图") }, [{ name: "高清.jpg", bytes: photo }]);
    expect(response.status).toBe(201);
    const [stored] = (await response.json()).evidence;
    expect(stored).toMatchObject({ mimeType: "image/jpeg", hasThumbnail: true });
    // Stored re-encoded: the bytes after the image's end are not kept.
    expect(stored.size).toBeLessThan(64 * 1024);
  });
});

describe("the rest of the ledger API", () => {
  it("lists, reviews, answers, patches and deletes through the routes", async () => {
    const created = await (await postEntry(w.tasks.overdue.id, { effectiveDate: yesterday(), text: uniqueText() })).json();
    const list = await taskEntriesRoute.GET(get(`/api/v1/tasks/${w.tasks.overdue.id}/ledger-entries?pageSize=2`, officeToken), withId(w.tasks.overdue.id));
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({ items: expect.any(Array), total: expect.any(Number), page: 1, pageSize: 2 });

    const path = `/api/v1/ledger-entries/${created.id}`;
    expect((await reviewRoute.POST(json("POST", `${path}/review`, { version: 1, decision: "ACCEPT" }, liaisonToken), withId(created.id))).status).toBe(403);
    const returned = await reviewRoute.POST(
      json("POST", `${path}/review`, { version: 1, decision: "RETURN", comment: "缺少照片" }, officeToken),
      withId(created.id),
    );
    expect(await returned.json()).toMatchObject({ reviewStatus: "RETURNED", reviewComment: "缺少照片", version: 2 });

    const form = new FormData();
    form.set("version", "2");
    form.set("answer", "已补充照片");
    form.append("evidence", new File([new Uint8Array(await imageBytes("png", 30, 30))], "补充.png"));
    const answered = await answerRoute.POST(
      new NextRequest(`http://localhost${path}/answer`, { method: "POST", headers: auth(liaisonToken), body: form }),
      withId(created.id),
    );
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ reviewStatus: "PENDING", answer: "已补充照片", version: 3, evidence: [{ originalName: "补充.png" }] });

    const stale = await entryRoute.PATCH(json("PATCH", path, { version: 2, text: "旧版本上的修改" }, liaisonToken), withId(created.id));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "VERSION_CONFLICT" }, current: { version: 3, answer: "已补充照片" }, submitted: { version: 2 } });
    const patched = await entryRoute.PATCH(json("PATCH", path, { version: 3, text: "改好了" }, liaisonToken), withId(created.id));
    expect(await patched.json()).toMatchObject({ text: "改好了", version: 4 });

    const remove = (version: string, token: string) =>
      entryRoute.DELETE(new NextRequest(`http://localhost${path}?version=${version}`, { method: "DELETE", headers: auth(token) }), withId(created.id));
    expect((await remove("4", liaisonA2Token)).status).toBe(404);
    const deleted = await remove("4", liaisonToken);
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toMatchObject({ id: created.id, deletedAt: expect.any(String) });
  });

  it("serves evidence inline with its type, an RFC 5987 name and no caching or sniffing; 404 for another department", async () => {
    const created = await (
      await postEntry(w.tasks.overdue.id, { effectiveDate: yesterday(), text: uniqueText() }, [
        { name: "整改前 照片.png", bytes: await imageBytes("png", 900, 300) },
      ])
    ).json();
    const id = created.evidence[0].id;
    const file = await evidenceRoute.GET(get(`/api/v1/evidence/${id}`, officeToken), withId(id));
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/png");
    expect(file.headers.get("content-disposition")).toBe(`inline; filename="evidence-${id}.png"; filename*=UTF-8''${encodeURIComponent("整改前 照片.png")}`);
    expect(file.headers.get("cache-control")).toBe("private, max-age=0");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    const thumbnail = await evidenceRoute.GET(get(`/api/v1/evidence/${id}?thumbnail=1`, liaisonToken), withId(id));
    expect(thumbnail.headers.get("content-type")).toBe("image/jpeg");
    expect(await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).toMatchObject({ width: 320, height: 107 });
    expect((await evidenceRoute.GET(get(`/api/v1/evidence/${id}`, liaisonA2Token), withId(id))).status).toBe(404);
    expect((await evidenceRoute.GET(get(`/api/v1/evidence/${id}`, "cw_nope"), withId(id))).status).toBe(401);
  });

  it("is in the OpenAPI document", async () => {
    const document = await openApi().json();
    const create = document.paths["/api/v1/tasks/{id}/ledger-entries"].post;
    expect(Object.keys(create.requestBody.content)).toEqual(["multipart/form-data"]);
    expect(create.requestBody.content["multipart/form-data"].schema.properties).toHaveProperty("evidence");
    expect(create.responses["201"]).toBeDefined();
    for (const [path, method] of [
      ["/api/v1/ledger-entries/{id}", "patch"],
      ["/api/v1/ledger-entries/{id}", "delete"],
      ["/api/v1/ledger-entries/{id}/review", "post"],
      ["/api/v1/ledger-entries/{id}/answer", "post"],
      ["/api/v1/evidence/{id}", "get"],
    ]) {
      expect(document.paths[path]?.[method]).toBeDefined();
    }
  });
});
