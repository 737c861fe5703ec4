import { parseBusinessDate } from "@/lib/domain/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { uniqueSuffix, type FactoryClient } from "./unique";

type RoundOverrides = { cityId: string; editionId: string; createdById: string; periodStart?: string; periodEnd?: string } & Partial<
  Pick<Prisma.InspectionRoundUncheckedCreateInput, "kind" | "status" | "name">
>;

/** An inspection round over a period (business dates as YYYY-MM-DD). */
export async function createRound(client: FactoryClient, overrides: RoundOverrides) {
  const { periodStart = "2026-03-01", periodEnd = "2026-03-31", ...fields } = overrides;
  return client.inspectionRound.create({
    data: {
      name: `第${uniqueSuffix()}轮督查`,
      kind: "MONTHLY",
      status: "IN_PROGRESS",
      ...fields,
      periodStart: parseBusinessDate(periodStart),
      periodEnd: parseBusinessDate(periodEnd),
    },
  });
}

type CheckOverrides = {
  round: { id: string; cityId: string };
  criterionId: string;
  inspectorId: string;
  /** The departments the check counts for; the first is the primary responsible one. */
  departmentIds: string[];
} & Partial<Pick<Prisma.CheckUncheckedCreateInput, "passed" | "findingCount" | "grade" | "measuredValue" | "visitStatus" | "siteId">>;

/** One check-off with the departments it counts for. */
export async function createCheck(client: FactoryClient, overrides: CheckOverrides) {
  const { round, departmentIds, ...fields } = overrides;
  return client.check.create({
    data: {
      clientKey: `factory-${uniqueSuffix()}`,
      ...fields,
      roundId: round.id,
      cityId: round.cityId,
      departments: { create: departmentIds.map((departmentId, index) => ({ departmentId, isPrimary: index === 0 })) },
    },
  });
}

type FindingOverrides = { cityId: string; departmentId: string; due: string; verifiedOn?: string | null; roundId?: string };

/** A finding assigned to a department, verified on `verifiedOn` when given. */
export async function createFinding(client: FactoryClient, overrides: FindingOverrides) {
  const { due, verifiedOn, ...fields } = overrides;
  return client.finding.create({
    data: {
      ...fields,
      description: `问题${uniqueSuffix()}`,
      dueDate: parseBusinessDate(due),
      status: verifiedOn ? "VERIFIED" : "DISPATCHED",
      verifiedOn: verifiedOn ? parseBusinessDate(verifiedOn) : null,
      verifiedAt: verifiedOn ? parseBusinessDate(verifiedOn) : null,
    },
  });
}
