import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCriterionTrend } from "@/lib/server/edition-mappings/get-criterion-trend";
import { getEditionMapping } from "@/lib/server/edition-mappings/get-edition-mapping";
import { replaceEditionMapping } from "@/lib/server/edition-mappings/replace-edition-mapping";
import { computeRoundScore } from "@/lib/server/scoring/compute-round-score";
import { createDepartment } from "@/tests/factories/department";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createCheck, createRound } from "@/tests/factories/inspection";
import { createUser } from "@/tests/factories/user";

const edition = (code: string, criteria: string[]) => ({
  edition: `${code} 版`,
  code,
  categories: [
    {
      code: "K1",
      name: "公共秩序",
      contents: [
        {
          code: "K1-1",
          name: "交通秩序",
          criteria: criteria.map((c) => ({ code: c, name: `标准${c}`, points: 2, method: "FIELD", rubric: { kind: "PROPORTION" }, lead: "市城管局" })),
        },
      ],
    },
  ],
});

let old: Awaited<ReturnType<typeof createEditionFromTree>>;
let next: Awaited<ReturnType<typeof createEditionFromTree>>;
let supervisor: Awaited<ReturnType<typeof createUser>>;
let office: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  old = await createEditionFromTree(db(), { source: edition("OLD", ["A1", "A2", "A3"]) });
  next = await createEditionFromTree(db(), { source: edition("NEW", ["B1", "B2"]) });
  supervisor = await createUser(db(), { role: "PROVINCE_SUPERVISOR" });
  office = await createUser(db(), { role: "CITY_ADMIN" });
});

const ROWS = [
  { kind: "MERGED", from: "A1", to: "B1" },
  { kind: "MERGED", from: "A2", to: "B1" },
  { kind: "REMOVED", from: "A3", to: null },
  { kind: "NEW", from: null, to: "B2" },
] as const;

describe("the mapping between two editions", () => {
  it("is replaced whole by a supervisor, audited, and read back", async () => {
    await replaceEditionMapping(supervisor.actor, { fromEditionId: old.edition.id, toEditionId: next.edition.id, rows: ROWS });
    const read = await getEditionMapping(office.actor, old.edition.id, next.edition.id);
    expect(read.rows).toEqual([
      { kind: "MERGED", from: "A1", to: "B1" },
      { kind: "MERGED", from: "A2", to: "B1" },
      { kind: "REMOVED", from: "A3", to: null },
      { kind: "NEW", from: null, to: "B2" },
    ]);
    expect(await db().auditLog.count({ where: { action: "edition-mapping.replace", entityId: `${old.edition.code}→${next.edition.code}` } })).toBeGreaterThan(
      0,
    );
  });

  it("reports every problem with its row and keeps the stored mapping", async () => {
    const bad = [
      { kind: "ONE_TO_ONE", from: "A1", to: "Z9" },
      { kind: "SPLIT", from: "A2", to: "B1" },
      { kind: "NEW", from: "A3", to: "B2" },
    ] as const;
    const error = await replaceEditionMapping(supervisor.actor, { fromEditionId: old.edition.id, toEditionId: next.edition.id, rows: bad }).catch((e) => e);
    expect(error).toMatchObject({ status: 422, code: "MAPPING_INVALID" });
    expect(error.details.errors.map((e: { row: number }) => e.row)).toEqual([1, 2, 3]);
    expect((await getEditionMapping(office.actor, old.edition.id, next.edition.id)).rows).toHaveLength(4);
  });

  it("may not be changed by a city admin", async () => {
    await expect(replaceEditionMapping(office.actor, { fromEditionId: old.edition.id, toEditionId: next.edition.id, rows: [] })).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe("a criterion's trend", () => {
  it("continues through the merged predecessors of the old edition", async () => {
    const department = await createDepartment(db(), { cityId: office.actor.cityId!, name: "市城管局" });
    const check = async (round: { id: string; cityId: string }, criterionId: string, passed: boolean) =>
      createCheck(db(), { round, criterionId, inspectorId: office.user.id, departmentIds: [department.id], passed });
    const code = (rows: { code: string; id: string }[], c: string) => rows.find((row) => row.code === c)!.id;

    const january = await createRound(db(), {
      cityId: office.actor.cityId!,
      editionId: old.edition.id,
      createdById: office.user.id,
      periodStart: "2026-01-01",
      periodEnd: "2026-01-31",
    });
    await check(january, code(old.criteria, "A1"), true);
    await check(january, code(old.criteria, "A2"), false);
    const march = await createRound(db(), {
      cityId: office.actor.cityId!,
      editionId: next.edition.id,
      createdById: office.user.id,
      periodStart: "2026-03-01",
      periodEnd: "2026-03-31",
    });
    await check(march, code(next.criteria, "B1"), true);
    await computeRoundScore(office.actor, { roundId: january.id });
    await computeRoundScore(office.actor, { roundId: march.id });

    const trend = await getCriterionTrend(office.actor, { criterionId: code(next.criteria, "B1") });
    // January: A1 earned 2 of 2, A2 0 of 2 → 2/4 = 50%; March: B1 2 of 2 → 100%
    expect(trend.previousEdition).toEqual({ code: old.edition.code, name: old.edition.name });
    expect(trend.items.map(({ periodEnd, codes, isMapped, rate }) => ({ periodEnd, codes, isMapped, rate }))).toEqual([
      { periodEnd: "2026-01-31", codes: ["A1", "A2"], isMapped: true, rate: "50.00" },
      { periodEnd: "2026-03-31", codes: ["B1"], isMapped: false, rate: "100.00" },
    ]);
    const other = await createUser(db(), { role: "CITY_ADMIN" });
    expect((await getCriterionTrend(other.actor, { criterionId: code(next.criteria, "B1") })).items).toEqual([]);
  });
});
