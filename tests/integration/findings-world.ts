import { addDays, parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import type { FindingStatus, RoundKind } from "@/lib/generated/prisma/enums";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createCheck, createRound } from "@/tests/factories/inspection";
import { createSite } from "@/tests/factories/site";
import { uniqueSuffix, type FactoryClient } from "@/tests/factories/unique";
import { createUser } from "@/tests/factories/user";

// A finding as a check makes it: a round of the department's city, a site the department keeps,
// a failed check that counts for the department (primary) and `otherDepartmentId` when given.

let edition: Promise<Awaited<ReturnType<typeof createEditionFromTree>>> | undefined;
const creators = new Map<string, Promise<string>>();

function creatorOf(client: FactoryClient, cityId: string): Promise<string> {
  if (!creators.has(cityId))
    creators.set(
      cityId,
      createUser(client, { role: "CITY_ADMIN", cityId }).then(({ user }) => user.id),
    );
  return creators.get(cityId)!;
}

export type FindingFixture = {
  cityId: string;
  departmentId: string;
  otherDepartmentId?: string;
  status?: FindingStatus;
  /** Days from today (Shanghai); negative is overdue. */
  dueInDays?: number;
  roundKind?: RoundKind;
};

export async function createCheckFinding(client: FactoryClient, fixture: FindingFixture) {
  const { edition: ed, criteria } = await (edition ??= createEditionFromTree(client));
  const createdById = await creatorOf(client, fixture.cityId);
  const round = await createRound(client, { cityId: fixture.cityId, editionId: ed.id, createdById, kind: fixture.roundKind ?? "MONTHLY" });
  const site = await createSite(client, { cityId: fixture.cityId, responsibleDepartmentId: fixture.departmentId });
  const departmentIds = [fixture.departmentId, ...(fixture.otherDepartmentId ? [fixture.otherDepartmentId] : [])];
  const check = await createCheck(client, { round, criterionId: criteria[0].id, inspectorId: createdById, departmentIds, siteId: site.id, findingCount: 2 });
  const status = fixture.status ?? "OPEN";
  const verified = status === "VERIFIED";
  const finding = await client.finding.create({
    data: {
      cityId: fixture.cityId,
      roundId: round.id,
      checkId: check.id,
      criterionId: criteria[0].id,
      siteId: site.id,
      departmentId: fixture.departmentId,
      description: `路面有垃圾${uniqueSuffix()}`,
      dueDate: parseBusinessDate(addDays(todayInShanghai(), fixture.dueInDays ?? 7)),
      status,
      verifiedOn: verified ? parseBusinessDate(todayInShanghai()) : null,
      verifiedAt: verified ? new Date() : null,
    },
  });
  return { finding, round, site, check, criterion: criteria[0], editionId: ed.id, createdById };
}

/** A RECHECK round in progress over `findingIds` (each a RecheckItem). */
export async function createRecheckRound(client: FactoryClient, cityId: string, findingIds: string[], status: "IN_PROGRESS" | "CLOSED" = "IN_PROGRESS") {
  const { edition: ed } = await (edition ??= createEditionFromTree(client));
  const round = await createRound(client, { cityId, editionId: ed.id, createdById: await creatorOf(client, cityId), kind: "RECHECK", status });
  await client.recheckItem.createMany({ data: findingIds.map((findingId) => ({ roundId: round.id, findingId })) });
  return round;
}
