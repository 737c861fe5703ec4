import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { prepareEvidence } from "@/lib/server/evidence/prepare-evidence";
import { imageBytes } from "@/tests/fixtures/evidence/evidence-files";
import { createLedgerWorld, type LedgerWorld } from "@/tests/fixtures/evidence/ledger-world";
import { createCheckFinding } from "@/tests/integration/findings-world";
import * as checkRoute from "@/app/api/v1/checks/[id]/route";
import * as evidenceRoute from "@/app/api/v1/evidence/[id]/route";
import * as replyRoute from "@/app/api/v1/findings/[id]/rectifications/route";
import * as findingRoute from "@/app/api/v1/findings/[id]/route";
import * as findingsRoute from "@/app/api/v1/findings/route";
import * as checklistRoute from "@/app/api/v1/rounds/[roundId]/checklist/route";
import * as checksRoute from "@/app/api/v1/rounds/[roundId]/checks/route";
import * as roundRoute from "@/app/api/v1/rounds/[roundId]/route";
import * as siteRoute from "@/app/api/v1/sites/[id]/route";
import * as sitesRoute from "@/app/api/v1/sites/route";

// Issue 8's records probed black-box through their routes with Bearer tokens of city A: city B's
// round, check, site, finding and photos do not exist for them (404 that names nothing), ids
// guessed into list filters find nothing, and a liaison's reach ends at its department's findings.
// An upload aimed at a record out of reach stores no file.

// Tokens only: no session.
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const withRound = (roundId: string) => ({ params: Promise.resolve({ roundId }) });

function call(path: string, token: string, { method = "GET", body }: { method?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body === undefined) return new NextRequest(`http://localhost${path}`, { method, headers });
  if (body instanceof FormData) return new NextRequest(`http://localhost${path}`, { method, headers, body });
  return new NextRequest(`http://localhost${path}`, { method, headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
}

async function expectHidden(response: Response, ...secrets: string[]) {
  const text = await response.text();
  expect({ status: response.status, text }).toMatchObject({ status: 404 });
  for (const secret of secrets) expect(text).not.toContain(secret);
}

let w: LedgerWorld;
let tokens: { admin: string; inspector: string; liaisonA1: string };
let b: Awaited<ReturnType<typeof createCheckFinding>> & { photoId: string };
let a2: Awaited<ReturnType<typeof createCheckFinding>>;
let photo: Uint8Array;

beforeAll(async () => {
  w = await createLedgerWorld(db());
  const mint = async (role: "CITY_ADMIN" | "DEPARTMENT_LIAISON" | "INSPECTOR", departmentId?: string) =>
    (await createApiToken(w.office, { name: `越权探测${role}`, role, departmentId, expiresInDays: 7 })).token;
  tokens = { admin: await mint("CITY_ADMIN"), inspector: await mint("INSPECTOR"), liaisonA1: await mint("DEPARTMENT_LIAISON", w.s.departmentA1.id) };
  const inB = await createCheckFinding(db(), { cityId: w.s.cityB.id, departmentId: w.s.departmentB1.id, status: "DISPATCHED" });
  photo = await imageBytes("jpeg", 64, 48);
  const prepared = await prepareEvidence([{ name: "现场.jpg", bytes: photo }]);
  const [stored] = await db().$transaction((tx) =>
    attachEvidence(tx, { owner: { checkId: inB.check.id }, cityId: w.s.cityB.id, uploadedById: inB.createdById, files: prepared }),
  );
  b = { ...inB, photoId: stored.id };
  a2 = await createCheckFinding(db(), { cityId: w.s.cityA.id, departmentId: w.s.departmentA2.id, status: "DISPATCHED" });
});

const photoForm = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.append("photos", new File([new Uint8Array(photo)], "越权.jpg"));
  return form;
};

describe("another city's inspection records, to city A's office and inspector", () => {
  it("its round, checklist and check are 404", async () => {
    for (const token of [tokens.admin, tokens.inspector]) {
      await expectHidden(await roundRoute.GET(call(`/api/v1/rounds/${b.round.id}`, token), withRound(b.round.id)), b.round.name);
      await expectHidden(await checklistRoute.GET(call(`/api/v1/rounds/${b.round.id}/checklist?site=${b.site.id}`, token), withRound(b.round.id)));
      await expectHidden(
        await checkRoute.PATCH(call(`/api/v1/checks/${b.check.id}`, token, { method: "PATCH", body: { version: 1, note: "越权" } }), withId(b.check.id)),
      );
    }
  });

  it("a check posted into its round (with a photo) is 404 and stores no file", async () => {
    const before = await db().evidenceFile.count();
    const form = photoForm({ clientKey: "probe-1", criterionId: b.criterion.id, siteId: b.site.id, visitStatus: "INSPECTED", outcome: '{"findings":1}' });
    await expectHidden(
      await checksRoute.POST(call(`/api/v1/rounds/${b.round.id}/checks`, tokens.inspector, { method: "POST", body: form }), withRound(b.round.id)),
    );
    expect(await db().evidenceFile.count()).toBe(before);
    expect(await db().check.count({ where: { clientKey: "probe-1" } })).toBe(0);
  });

  it("its site, finding and check photo are 404, and ids guessed into filters find nothing", async () => {
    await expectHidden(await siteRoute.GET(call(`/api/v1/sites/${b.site.id}`, tokens.admin), withId(b.site.id)), b.site.name);
    await expectHidden(
      await siteRoute.PATCH(call(`/api/v1/sites/${b.site.id}`, tokens.admin, { method: "PATCH", body: { version: 1, name: "越权" } }), withId(b.site.id)),
    );
    for (const token of [tokens.admin, tokens.inspector]) {
      await expectHidden(await findingRoute.GET(call(`/api/v1/findings/${b.finding.id}`, token), withId(b.finding.id)), b.finding.description);
      await expectHidden(await evidenceRoute.GET(call(`/api/v1/evidence/${b.photoId}`, token), withId(b.photoId)));
      for (const filter of [`round=${b.round.id}`, `department=${w.s.departmentB1.id}`, `site=${b.site.id}`]) {
        const listed = await findingsRoute.GET(call(`/api/v1/findings?${filter}`, token), none);
        expect(listed.status).toBe(200);
        expect((await listed.json()).items).toEqual([]);
      }
    }
    const sites = await sitesRoute.GET(call(`/api/v1/sites?department=${w.s.departmentB1.id}`, tokens.admin), none);
    expect(sites.status).toBe(200);
    expect((await sites.json()).items).toEqual([]);
  });
});

describe("another department's finding, to a liaison", () => {
  it("is 404 to read, to reply to (with a photo: no file stored), and absent from its list under any filter", async () => {
    await expectHidden(await findingRoute.GET(call(`/api/v1/findings/${a2.finding.id}`, tokens.liaisonA1), withId(a2.finding.id)), a2.finding.description);
    const before = await db().evidenceFile.count();
    const form = photoForm({ text: "越权回复", clientKey: "probe-reply", version: "1" });
    await expectHidden(
      await replyRoute.POST(call(`/api/v1/findings/${a2.finding.id}/rectifications`, tokens.liaisonA1, { method: "POST", body: form }), withId(a2.finding.id)),
    );
    expect(await db().evidenceFile.count()).toBe(before);
    expect(await db().finding.findUniqueOrThrow({ where: { id: a2.finding.id } })).toMatchObject({ status: "DISPATCHED", version: 1 });
    for (const filter of [`department=${w.s.departmentA2.id}`, `round=${a2.round.id}`, `site=${a2.site.id}`]) {
      const listed = await findingsRoute.GET(call(`/api/v1/findings?${filter}`, tokens.liaisonA1), none);
      expect(listed.status).toBe(200);
      expect((await listed.json()).items).toEqual([]);
    }
  });

  it("holds no read of rounds, checks or their photos", async () => {
    expect((await roundRoute.GET(call(`/api/v1/rounds/${a2.round.id}`, tokens.liaisonA1), withRound(a2.round.id))).status).toBe(403);
  });
});
