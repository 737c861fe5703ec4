import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import * as ratingRoute from "@/app/api/public/v1/reports/[code]/rating/route";
import * as reportsRoute from "@/app/api/public/v1/reports/route";
import { stampClientAddress } from "@/lib/auth/stamp-client-address";
import { TRUST_NONE } from "@/lib/auth/trust-proxy";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { uniqueClientAddress } from "@/tests/factories/client-address";
import { uniqueSuffix } from "@/tests/factories/unique";
import { CHUNK, lazyBody, MB, multipartFileHead } from "@/tests/support/lazy-body";
import { codeParams, createReportCity, fromAddress, noParams, rectifyReport, reportFields, reportForm, solvedProof } from "../integration/citizen-report-world";

// The attacker's side of 文明随手拍: a bot replays one solved proof, rotates X-Forwarded-For to
// escape the hourly limit, or streams a huge form at the endpoint that needs no account.

let world: Awaited<ReturnType<typeof createReportCity>>;
beforeAll(async () => {
  world = await createReportCity();
});

const savedLimit = process.env.UPLOAD_MAX_BYTES;
afterEach(() => {
  if (savedLimit === undefined) delete process.env.UPLOAD_MAX_BYTES;
  else process.env.UPLOAD_MAX_BYTES = savedLimit;
  resetEnvCache();
});

const reportCount = () => db().citizenReport.count({ where: { cityId: world.city.id } });
const post = (request: NextRequest) => reportsRoute.POST(request, noParams);

/** A request as the launcher receives it from `socket`, with the forwarding headers the client made up. */
function fromSocket(socket: string, headers: Record<string, string>, body: FormData) {
  const raw = { headers: { ...headers } as Record<string, string | string[] | undefined>, socket: { remoteAddress: socket } };
  stampClientAddress(raw as Parameters<typeof stampClientAddress>[0], TRUST_NONE);
  return new NextRequest("http://localhost/api/public/v1/reports", { method: "POST", body, headers: raw.headers as Record<string, string> });
}

describe("a replayed proof", () => {
  it("makes one report however often it is sent, also in parallel: the others are 403", async () => {
    const proof = await solvedProof();
    const before = await reportCount();
    const sends = Array.from({ length: 4 }, () =>
      post(fromAddress(uniqueClientAddress(), { method: "POST", body: reportForm(reportFields(world.city.slug, { altcha: proof })) })),
    );
    const statuses = (await Promise.all(sends)).map((response) => response.status).sort();
    expect(statuses).toEqual([201, 403, 403, 403]);
    const later = await post(fromAddress(uniqueClientAddress(), { method: "POST", body: reportForm(reportFields(world.city.slug, { altcha: proof })) }));
    expect(later.status).toBe(403);
    expect(await reportCount()).toBe(before + 1);
  });

  it("refuses a proof of another algorithm or with its expiry cut off the salt", async () => {
    const payload = JSON.parse(Buffer.from(await solvedProof(), "base64").toString("utf8"));
    const forged = [
      { ...payload, algorithm: "SHA-1" },
      { ...payload, salt: payload.salt.replace(/\?expires=\d+&$/, "&") },
      { ...payload, number: -1 },
    ];
    for (const proof of forged) {
      const altcha = Buffer.from(JSON.stringify(proof)).toString("base64");
      const response = await post(fromAddress(uniqueClientAddress(), { method: "POST", body: reportForm(reportFields(world.city.slug, { altcha })) }));
      expect(response.status, JSON.stringify(proof)).toBe(403);
    }
  });
});

describe("a forged X-Forwarded-For", () => {
  it("does not escape the hourly limit: the socket's address is the client's unless a proxy is trusted", async () => {
    const socket = uniqueClientAddress();
    for (let i = 0; i < 10; i++) {
      const response = await post(
        fromSocket(
          socket,
          { "x-forwarded-for": uniqueClientAddress(), "x-real-ip": uniqueClientAddress() },
          reportForm(reportFields(world.city.slug, { altcha: await solvedProof() })),
        ),
      );
      expect(response.status).toBe(201);
    }
    const forged = await post(
      fromSocket(
        socket,
        { "x-forwarded-for": `${uniqueClientAddress()}, ${uniqueClientAddress()}`, "x-chuangwen-client-ip": uniqueClientAddress() },
        reportForm(reportFields(world.city.slug, { altcha: await solvedProof() })),
      ),
    );
    expect(forged.status).toBe(429);
    expect(forged.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("an address at its limit is refused before a byte of its upload is read", async () => {
    const socket = uniqueClientAddress();
    for (let i = 0; i < 10; i++) {
      expect(
        (await post(fromAddress(socket, { method: "POST", body: reportForm(reportFields(world.city.slug, { altcha: await solvedProof() })) }))).status,
      ).toBe(201);
    }
    const boundary = `b${uniqueSuffix()}`;
    const body = lazyBody(50 * MB, { head: multipartFileHead(boundary, "photos", "大.jpg") });
    const request = fromAddress(socket, { method: "POST", body: body.stream, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
    expect((await post(request)).status).toBe(429);
    expect(body.pulled()).toBe(0);
  });
});

describe("oversized bodies", () => {
  it("stops a chunked 228 MB photo at the file limit plus a chunk: 413, nothing stored", async () => {
    process.env.UPLOAD_MAX_BYTES = String(MB);
    resetEnvCache();
    const before = await reportCount();
    const boundary = `b${uniqueSuffix()}`;
    const body = lazyBody(228 * MB, { head: multipartFileHead(boundary, "photos", "大.jpg") });
    const request = new NextRequest("http://localhost/api/public/v1/reports", {
      method: "POST",
      body: body.stream,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      duplex: "half",
    } as never);
    const response = await post(request);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(body.pulled()).toBeLessThanOrEqual(MB + CHUNK + 256);
    expect(await reportCount()).toBe(before);
  });

  it("refuses a declared length beyond the request limit before reading, and a JSON rating over 1 MB", async () => {
    const request = fromAddress(uniqueClientAddress(), {
      method: "POST",
      body: "x",
      headers: { "content-type": "multipart/form-data; boundary=b", "content-length": String(1024 * MB) },
    });
    expect((await post(request)).status).toBe(413);
    const proof = await solvedProof();
    const created = await post(fromAddress(uniqueClientAddress(), { method: "POST", body: reportForm(reportFields(world.city.slug, { altcha: proof })) }));
    const { code } = await created.json();
    await rectifyReport(code);
    const huge = JSON.stringify({ satisfied: true, comment: "好".repeat(MB) });
    const rating = await ratingRoute.POST(
      fromAddress(
        uniqueClientAddress(),
        { method: "POST", body: huge, headers: { "content-type": "application/json" } },
        `/api/public/v1/reports/${code}/rating`,
      ),
      codeParams(code),
    );
    expect(rating.status).toBe(413);
    expect((await db().citizenReport.findUniqueOrThrow({ where: { code } })).ratedAt).toBeNull();
  });
});
