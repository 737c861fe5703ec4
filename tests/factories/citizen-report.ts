import sharp from "sharp";
import type { CitizenReportStatus } from "@/lib/generated/prisma/enums";
import { countReportTransition } from "@/lib/server/citizen-reports/report-counts";
import { fileStore } from "@/lib/server/storage";
import type { Tx } from "@/lib/server/tx";
import { uniqueSuffix, type FactoryClient } from "./unique";

// Citizen reports (文明随手拍) as a resident's submission leaves them: RECEIVED, counted in the
// city's public figures (so the figures equal a count of states in every city a test makes).

export async function createReportCategory(client: FactoryClient, input: { cityId: string; name?: string; criterionId?: string | null }) {
  return client.reportCategory.create({
    data: { cityId: input.cityId, name: input.name ?? `环境卫生${uniqueSuffix()}`, criterionId: input.criterionId ?? null },
  });
}

export type CitizenReportFixture = {
  cityId: string;
  categoryId: string;
  contact?: string | null;
  /** Stores a small JPEG as the report's photo. */
  withPhoto?: boolean;
  street?: string;
};

export async function createCitizenReport(client: FactoryClient, fixture: CitizenReportFixture) {
  const suffix = uniqueSuffix().toUpperCase();
  const report = await client.citizenReport.create({
    data: {
      cityId: fixture.cityId,
      code: `SP-T-${suffix}`,
      categoryId: fixture.categoryId,
      description: `人行道上堆放垃圾 ${suffix}`,
      street: fixture.street ?? "东湖街道",
      address: `文明路 ${suffix.length} 号`,
      latitude: 30.1234,
      longitude: 120.5678,
      contact: fixture.contact === undefined ? "13800001234" : fixture.contact,
      clientAddressHash: `test-${suffix}`,
    },
  });
  await countReportTransition(client as Tx, fixture.cityId, null, "RECEIVED");
  const photo = fixture.withPhoto ? await attachReportPhoto(client, report) : null;
  return { report, photo };
}

async function attachReportPhoto(client: FactoryClient, report: { id: string; cityId: string }) {
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a6" } })
    .jpeg()
    .toBuffer();
  const hash = await fileStore().put(bytes);
  return client.evidenceFile.create({
    data: {
      cityId: report.cityId,
      contentHash: hash,
      thumbnailHash: hash,
      size: bytes.length,
      mimeType: "image/jpeg",
      originalName: "随手拍.jpg",
      citizenReportId: report.id,
    },
  });
}

/** The city's figures as a count of its reports' current states (what CityReportCounts must equal). */
export async function countReportStates(client: FactoryClient, cityId: string) {
  const rows = await client.citizenReport.groupBy({ by: ["status"], where: { cityId }, _count: { _all: true } });
  const of = (...statuses: CitizenReportStatus[]) => rows.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row._count._all, 0);
  return {
    received: of("RECEIVED", "ACCEPTED", "RECTIFYING", "RECTIFIED", "REJECTED"),
    accepted: of("ACCEPTED", "RECTIFYING", "RECTIFIED"),
    rectified: of("RECTIFIED"),
    rejected: of("REJECTED"),
  };
}
