import { createChallenge, solveChallenge } from "altcha-lib/v1";
import { NextRequest } from "next/server";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-ip";
import { sealClientAddress } from "@/lib/auth/client-address-seal";
import { db } from "@/lib/db";
import { altchaHmacKey } from "@/lib/server/citizen-reports/report-secrets";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { prepareEvidence } from "@/lib/server/evidence/prepare-evidence";
import { createCity } from "@/tests/factories/city";
import { createDepartment } from "@/tests/factories/department";
import { imageBytes } from "@/tests/fixtures/evidence/evidence-files";

// Shared by the intake tests and the security probes: a nominated city with categories, proofs
// of work made the way the form makes them, and requests as the launcher stamps them.

export async function createReportCity() {
  const city = await createCity(db());
  const category = await db().reportCategory.create({ data: { cityId: city.id, name: "环境卫生", sortOrder: 1 } });
  const archived = await db().reportCategory.create({ data: { cityId: city.id, name: "旧类别", archivedAt: new Date() } });
  return { city, category, archived };
}

const encode = (payload: object) => Buffer.from(JSON.stringify(payload)).toString("base64");

/** A solved proof: signed with the server's key, its number chosen here instead of searched for. */
export async function solvedProof({ expiresInMs = 10 * 60 * 1000, number = 4242, key = altchaHmacKey() } = {}): Promise<string> {
  const challenge = await createChallenge({ hmacKey: key, number, maxnumber: 100_000, expires: new Date(Date.now() + expiresInMs) });
  return encode({ algorithm: challenge.algorithm, challenge: challenge.challenge, number, salt: challenge.salt, signature: challenge.signature });
}

/** The same proof with a number that does not hash to the challenge. */
export function wrongNumber(proof: string): string {
  const payload = JSON.parse(Buffer.from(proof, "base64").toString("utf8"));
  return encode({ ...payload, number: payload.number + 1 });
}

/** What the browser does: search the challenge the server gave for its number. */
export async function solve(challenge: { algorithm: string; challenge: string; salt: string; signature: string; maxnumber: number }): Promise<string> {
  const solution = await solveChallenge(challenge.challenge, challenge.salt, "SHA-256", challenge.maxnumber).promise;
  if (!solution) throw new Error("challenge not solved");
  return encode({
    algorithm: challenge.algorithm,
    challenge: challenge.challenge,
    number: solution.number,
    salt: challenge.salt,
    signature: challenge.signature,
  });
}

export type ReportFields = Record<string, string>;

export function reportFields(citySlug: string, overrides: ReportFields = {}): ReportFields {
  return {
    city: citySlug,
    category: "环境卫生",
    description: "路边垃圾桶满溢多日无人清理",
    street: "雄关街道",
    address: "新华路 12 号门前",
    contact: "13800138000",
    ...overrides,
  };
}

/** A request as the launcher hands it over: stamped with its sealed client address. */
export function fromAddress(
  address: string,
  init: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {},
  path = "/api/public/v1/reports",
) {
  return new NextRequest(`http://localhost${path}`, { ...init, headers: { ...init.headers, [CLIENT_ADDRESS_HEADER]: sealClientAddress(address) } });
}

export function reportForm(fields: ReportFields, photos: { name: string; bytes: Uint8Array }[] = []): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const photo of photos) form.append("photos", new Blob([new Uint8Array(photo.bytes)]), photo.name);
  return form;
}

export const noParams = { params: Promise.resolve({} as Record<string, never>) };
export const codeParams = (code: string) => ({ params: Promise.resolve({ code }) });

/**
 * Takes a stored report through the office's loop as H4's use cases would leave it: a finding
 * whose reply carries an after-photo, verified, the report RECTIFIED.
 */
export async function rectifyReport(code: string) {
  const report = await db().citizenReport.findUniqueOrThrow({ where: { code } });
  const department = await createDepartment(db(), { cityId: report.cityId });
  const finding = await db().finding.create({
    data: {
      cityId: report.cityId,
      departmentId: department.id,
      description: "垃圾桶满溢",
      dueDate: new Date("2026-12-31"),
      status: "VERIFIED",
      origin: "CITIZEN_REPORT",
      citizenReportId: report.id,
      verifiedAt: new Date(),
    },
  });
  const reply = await db().rectificationEvent.create({
    data: { cityId: report.cityId, findingId: finding.id, kind: "REPLIED", note: "已清运", createdAt: new Date(Date.now() - 60_000) },
  });
  const [after] = await prepareEvidence([{ name: "整改后.png", bytes: await imageBytes("png", 40, 30) }]);
  await attachEvidence(db() as never, { owner: { rectificationEventId: reply.id }, cityId: report.cityId, uploadedById: null, files: [after] });
  await db().rectificationEvent.create({ data: { cityId: report.cityId, findingId: finding.id, kind: "VERIFIED" } });
  const rectifiedAt = new Date();
  await db().citizenReport.update({
    where: { id: report.id },
    data: { status: "RECTIFIED", statusAt: rectifiedAt, rectifiedAt, closedAt: rectifiedAt, findingId: finding.id },
  });
  return { finding, after };
}
