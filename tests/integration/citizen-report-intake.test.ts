import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import * as afterPhotoRoute from "@/app/api/public/v1/reports/[code]/after-photo/route";
import * as ratingRoute from "@/app/api/public/v1/reports/[code]/rating/route";
import * as statusRoute from "@/app/api/public/v1/reports/[code]/route";
import * as challengeRoute from "@/app/api/public/v1/reports/challenge/route";
import * as reportsRoute from "@/app/api/public/v1/reports/route";
import { db } from "@/lib/db";
import { fileStore } from "@/lib/server/storage";
import { uniqueClientAddress } from "@/tests/factories/client-address";
import { createCity } from "@/tests/factories/city";
import { htmlWithPdfMarkerBytes, imageBytes, jpegWithGpsBytes, pdfBytes } from "@/tests/fixtures/evidence/evidence-files";
import {
  codeParams,
  createReportCity,
  fromAddress,
  noParams,
  rectifyReport,
  reportFields,
  reportForm,
  solve,
  solvedProof,
  wrongNumber,
} from "./citizen-report-world";

let world: Awaited<ReturnType<typeof createReportCity>>;
beforeAll(async () => {
  world = await createReportCity();
});

const submit = (address: string, fields: Record<string, string>, photos: { name: string; bytes: Uint8Array }[] = []) =>
  reportsRoute.POST(fromAddress(address, { method: "POST", body: reportForm(fields, photos) }), noParams);
const stored = async () => ({
  reports: await db().citizenReport.count({ where: { cityId: world.city.id } }),
  photos: await db().evidenceFile.count({ where: { cityId: world.city.id, citizenReportId: { not: null } } }),
});
const signatureOf = (proof: string) => JSON.parse(Buffer.from(proof, "base64").toString("utf8")).signature as string;
const countsOf = (cityId: string) => db().cityReportCounts.findUnique({ where: { cityId } });
const getStatus = (code: string) => statusRoute.GET(fromAddress(uniqueClientAddress(), {}, `/api/public/v1/reports/${code}`), codeParams(code));
const rate = (code: string, body: unknown) =>
  ratingRoute.POST(
    fromAddress(
      uniqueClientAddress(),
      { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } },
      `/api/public/v1/reports/${code}/rating`,
    ),
    codeParams(code),
  );

async function fileReport(address = uniqueClientAddress(), overrides: Record<string, string> = {}) {
  const response = await submit(address, reportFields(world.city.slug, { altcha: await solvedProof(), ...overrides }));
  expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
  return (await response.json()) as { code: string; status: string };
}

describe("filing a report", () => {
  it("takes the challenge the server gives, solved as the browser does, and stores the report RECEIVED with its photos re-encoded without EXIF", async () => {
    const before = (await countsOf(world.city.id))?.received ?? 0;
    const challengeResponse = await challengeRoute.GET(fromAddress(uniqueClientAddress(), {}, "/api/public/v1/reports/challenge"), noParams);
    expect(challengeResponse.headers.get("cache-control")).toBe("no-store");
    const challenge = await challengeResponse.json();
    expect(challenge).toEqual({
      algorithm: "SHA-256",
      challenge: expect.any(String),
      maxnumber: 100_000,
      salt: expect.stringMatching(/\?expires=\d+&$/),
      signature: expect.any(String),
    });

    const photos = [
      { name: "现场.jpg", bytes: await jpegWithGpsBytes(320, 240) },
      { name: "近景.png", bytes: await imageBytes("png", 64, 48) },
    ];
    const response = await submit(
      uniqueClientAddress(),
      reportFields(world.city.slug, { altcha: await solve(challenge), latitude: "39.8", longitude: "98.3" }),
      photos,
    );
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({ code: expect.stringMatching(/^SP-\d{4}-[2-9A-HJKMNP-Z]{5}$/), status: "RECEIVED" });

    const report = await db().citizenReport.findUniqueOrThrow({ where: { code: body.code }, include: { photos: true } });
    expect(report).toMatchObject({
      cityId: world.city.id,
      categoryId: world.category.id,
      status: "RECEIVED",
      description: "路边垃圾桶满溢多日无人清理",
      latitude: 39.8,
      longitude: 98.3,
      contact: "13800138000",
    });
    expect(report.clientAddressHash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.photos).toHaveLength(2);
    for (const photo of report.photos) expect(photo.uploadedById).toBeNull();
    const jpeg = report.photos.find((photo) => photo.mimeType === "image/jpeg")!;
    const meta = await sharp((await fileStore().get(jpeg.contentHash))!).metadata();
    expect(meta.exif).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([240, 320]);
    expect((await countsOf(world.city.id))?.received).toBe(before + 1);

    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "citizen-report.submit", entityId: report.id } });
    expect(audit).toMatchObject({ actorId: null, actorLabel: "public", cityId: world.city.id });
    expect(JSON.stringify(audit.after)).not.toContain("13800138000");
  });

  it("refuses a missing, wrong, expired, foreign-signed or reused proof with 403 and stores nothing", async () => {
    const reused = await solvedProof();
    const address = uniqueClientAddress();
    expect((await submit(address, reportFields(world.city.slug, { altcha: reused }))).status).toBe(201);
    const proofs = {
      missing: undefined,
      garbage: "bm90IGpzb24=",
      wrong: wrongNumber(await solvedProof()),
      expired: await solvedProof({ expiresInMs: -1000 }),
      foreign: await solvedProof({ key: "another server's key" }),
      reused,
    };
    const before = await stored();
    for (const [what, altcha] of Object.entries(proofs)) {
      const fields = reportFields(world.city.slug, altcha ? { altcha } : {});
      const response = await submit(address, fields, [{ name: "a.png", bytes: await imageBytes("png", 20, 20) }]);
      expect(response.status, what).toBe(403);
      expect((await response.json()).error.code, what).toBe("CHALLENGE_FAILED");
    }
    expect(await stored()).toEqual(before);
    const signatures = Object.values(proofs).flatMap((proof) => (proof && proof !== "bm90IGpzb24=" ? [signatureOf(proof)] : []));
    expect(await db().spentAltchaChallenge.findMany({ where: { signature: { in: signatures } }, select: { signature: true } })).toEqual([
      { signature: signatureOf(reused) },
    ]);
  });

  it("refuses a filled honeypot, an unknown or unnominated city and an archived or another city's category (422), storing nothing", async () => {
    const other = await createReportCity();
    const unnominated = await createCity(db(), { isNominated: false });
    await db().reportCategory.create({ data: { cityId: unnominated.id, name: "环境卫生" } });
    await db().reportCategory.create({ data: { cityId: other.city.id, name: "只在别市" } });
    const before = await stored();
    const cases: [Record<string, string>, string][] = [
      [{ website: "http://spam.example" }, "website"],
      [{ city: "no-such-city" }, "city"],
      [{ city: unnominated.slug }, "city"],
      [{ category: world.archived.name }, "category"],
      [{ category: "只在别市" }, "category"],
    ];
    for (const [overrides, field] of cases) {
      const response = await submit(uniqueClientAddress(), reportFields(world.city.slug, { altcha: await solvedProof(), ...overrides }));
      expect(response.status, field).toBe(422);
      expect(Object.keys((await response.json()).fieldErrors), field).toEqual([field]);
    }
    expect(await stored()).toEqual(before);
  });

  it("judges photos by their bytes: a web page named .jpg and a PDF are refused (415), nothing stored", async () => {
    const before = await stored();
    for (const photo of [
      { name: "现场.jpg", bytes: htmlWithPdfMarkerBytes() },
      { name: "通知.pdf", bytes: pdfBytes() },
    ]) {
      const response = await submit(uniqueClientAddress(), reportFields(world.city.slug, { altcha: await solvedProof() }), [
        { name: "ok.png", bytes: await imageBytes("png", 20, 20) },
        photo,
      ]);
      expect(response.status, photo.name).toBe(415);
    }
    expect(await stored()).toEqual(before);
  });

  it("takes ten reports an hour from one address: the eleventh is 429 with Retry-After, refused attempts do not count, another address is not blocked", async () => {
    const address = uniqueClientAddress();
    for (let i = 0; i < 3; i++) expect((await submit(address, reportFields(world.city.slug))).status).toBe(403);
    for (let i = 0; i < 10; i++) await fileReport(address);
    const before = await stored();
    const eleventh = await submit(address, reportFields(world.city.slug, { altcha: await solvedProof() }));
    expect(eleventh.status).toBe(429);
    expect((await eleventh.json()).error.code).toBe("RATE_LIMITED");
    const retryAfter = Number(eleventh.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await stored()).toEqual(before);
    await fileReport(uniqueClientAddress());
  });
});

describe("following a report", () => {
  it("shows the status by code, never the description, place, contact or category, and never cached", async () => {
    const { code } = await fileReport(uniqueClientAddress(), { contact: "resident@example.cn" });
    const response = await getStatus(code.toLowerCase());
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("etag")).toBeNull();
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ code, status: "RECEIVED", statusAt: expect.any(String) });
    for (const secret of ["路边垃圾桶", "雄关街道", "新华路", "resident@example.cn", "环境卫生", world.city.id, world.city.slug])
      expect(text).not.toContain(secret);
    expect((await getStatus("SP-2026-22222")).status).toBe(404);
    expect((await getStatus("not-a-code")).status).toBe(404);
  });

  it("shows the after-photo once rectified; the rating is taken once, only then, and counted", async () => {
    const { code } = await fileReport();
    const photoPath = `/api/public/v1/reports/${code}/after-photo`;
    const afterPhoto = () => afterPhotoRoute.GET(fromAddress(uniqueClientAddress(), {}, photoPath), codeParams(code));
    expect((await afterPhoto()).status).toBe(404);
    const early = await rate(code, { satisfied: true });
    expect(early.status).toBe(409);

    const { after } = await rectifyReport(code);
    const status = await (await getStatus(code)).json();
    expect(status).toEqual({ code, status: "RECTIFIED", statusAt: expect.any(String), rectifiedAt: expect.any(String), afterPhoto: photoPath });
    const photo = await afterPhoto();
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await photo.arrayBuffer()).equals((await fileStore().get(after.contentHash))!)).toBe(true);

    const before = await countsOf(world.city.id);
    const rated = await rate(code, { satisfied: false, comment: "还有异味" });
    expect(rated.status).toBe(201);
    expect(await rated.json()).toMatchObject({ code, satisfied: false, comment: "还有异味" });
    const again = await rate(code, { satisfied: true });
    expect(again.status).toBe(409);
    expect(await countsOf(world.city.id)).toMatchObject({ dissatisfied: before!.dissatisfied + 1, satisfied: before!.satisfied });
    expect((await (await getStatus(code)).json()).rating).toEqual({ satisfied: false, comment: "还有异味", ratedAt: expect.any(String) });
    expect(await db().auditLog.count({ where: { action: "citizen-report.rate", actorLabel: "public" } })).toBeGreaterThan(0);
  });

  it("refuses a rating that is not JSON or not a boolean (415, 422) and an unknown code (404)", async () => {
    const { code } = await fileReport();
    await rectifyReport(code);
    expect((await rate(code, { satisfied: "yes" })).status).toBe(422);
    const form = ratingRoute.POST(
      fromAddress(uniqueClientAddress(), { method: "POST", body: "satisfied=true", headers: { "content-type": "application/x-www-form-urlencoded" } }, `/x`),
      codeParams(code),
    );
    expect((await form).status).toBe(415);
    expect((await rate("SP-2026-22222", { satisfied: true })).status).toBe(404);
  });
});
