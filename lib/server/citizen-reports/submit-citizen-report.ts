import { makeTrackingCode } from "@/lib/domain/citizen-reports/tracking-code";
import { submitReportInput } from "@/lib/domain/citizen-reports/report-input";
import { todayInShanghai } from "@/lib/domain/dates";
import { db } from "@/lib/db";
import { AppError, invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import type { Tx } from "@/lib/server/tx";
import { definePublicUseCase, type Visitor } from "@/lib/server/use-case";
import { assertProofUnspent, spendProof, verifyReportProof } from "./report-altcha-proof";
import { countReportTransition } from "./report-counts";
import { assertUnderHourlyLimit, lockClientAddress } from "./report-hourly-limit";
import { prepareReportPhotos } from "./prepare-report-photos";
import { hashClientAddress } from "./report-secrets";

export type SubmittedReport = { code: string; status: "RECEIVED" };

/**
 * A resident's report (文明随手拍), without an account. In this order, so a refused send stores
 * nothing: the form's fields (422, the honeypot among them), the proof of work (403), the city
 * (nominated) and its category (not archived), the address's hourly limit (429), then the photos
 * are checked and stored, and one transaction re-checks the limit, spends the proof and records
 * the report RECEIVED with its photos and the city's counts.
 */
export const submitCitizenReport = definePublicUseCase({
  name: "citizen-report.submit",
  input: submitReportInput,
  load: async ({ visitor, input }) => {
    const proof = await verifyReportProof(input.altcha);
    await assertProofUnspent(db(), proof);
    const city = await db().city.findFirst({ where: { slug: input.city, isNominated: true, deletedAt: null }, select: { id: true } });
    if (!city) throw invalidInput({ city: ["没有这个城市，请从列表中选择"] });
    const category = await db().reportCategory.findFirst({ where: { cityId: city.id, name: input.category, archivedAt: null }, select: { id: true } });
    if (!category) throw invalidInput({ category: ["该城市没有这个问题类别，请从列表中选择"] });
    const clientAddressHash = hashClientAddress(visitor.clientAddress);
    await assertUnderHourlyLimit(db(), clientAddressHash);
    return { proof, cityId: city.id, categoryId: category.id, clientAddressHash };
  },
  prepare: async ({ input }) => prepareReportPhotos(input.photos),
  run: async ({ tx, input, loaded, prepared, audit }): Promise<SubmittedReport> => {
    const { proof, cityId, categoryId, clientAddressHash } = loaded;
    await lockClientAddress(tx, clientAddressHash);
    await assertUnderHourlyLimit(tx, clientAddressHash);
    await spendProof(tx, proof);
    const report = await insertWithFreshCode(tx, {
      cityId,
      categoryId,
      description: input.description,
      street: input.street,
      address: input.address,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      contact: input.contact ?? null,
      clientAddressHash,
    });
    const photos = await attachEvidence(tx, { owner: { citizenReportId: report.id }, cityId, uploadedById: null, files: prepared });
    await countReportTransition(tx, cityId, null, "RECEIVED");
    // Neither the text nor the contact: the audit log is kept for ever, the contact is erased after 180 days.
    await audit({
      entityType: "CitizenReport",
      entityId: report.id,
      cityId,
      after: { code: report.code, status: "RECEIVED", categoryId, photoIds: photos.map((photo) => photo.id), hasContact: input.contact != null },
    });
    return { code: report.code, status: "RECEIVED" };
  },
});

type NewReport = Omit<Prisma.CitizenReportCreateManyInput, "code">;

const CODE_ATTEMPTS = 5;

// ON CONFLICT DO NOTHING leaves the transaction usable when a drawn code is taken, so it draws again.
async function insertWithFreshCode(tx: Tx, data: NewReport): Promise<{ id: string; code: string }> {
  const year = Number(todayInShanghai().slice(0, 4));
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const [created] = await tx.citizenReport.createManyAndReturn({
      data: [{ ...data, code: makeTrackingCode(year) }],
      skipDuplicates: true,
      select: { id: true, code: true },
    });
    if (created) return created;
  }
  throw new AppError("INTERNAL", "暂时无法生成查询码，请稍后重试。", 500);
}

/** Before the form is read: an address at its hourly limit is refused (429) without a byte of its upload. */
export async function assertMayReport(visitor: Visitor): Promise<void> {
  await assertUnderHourlyLimit(db(), hashClientAddress(visitor.clientAddress));
}
