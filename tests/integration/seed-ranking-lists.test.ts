import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { DEMO_PROVINCE_CODE } from "@/prisma/seed/seed-organisation";
import { SEED_TEST_PASSWORD } from "./support/seed-test-password";

// The demo city's lists as the seed makes them. A PostgreSQL run shares one database with
// seed-demo.test.ts: the seed is all or nothing and idempotent, so whichever file wins, the lists are the seed's.

beforeAll(async () => {
  try {
    await seedDemo({ password: SEED_TEST_PASSWORD });
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
});

describe("the demo city's ranking lists", () => {
  it("are the default 综合红黑榜, 街道红黑榜 and 整改红黑榜 of its current cycle", async () => {
    const cycle = await db().creationCycle.findFirstOrThrow({
      where: { isCurrent: true, city: { slug: "jiayuguan", province: { code: DEMO_PROVINCE_CODE } } },
      include: { rankingLists: { orderBy: { sortOrder: "asc" } } },
    });
    expect(
      cycle.rankingLists.map((list) => [
        list.name,
        list.isDefault,
        list.members,
        list.memberKind,
        list.metric,
        list.redCount,
        list.blackCount,
        list.blackThreshold.toFixed(2),
      ]),
    ).toEqual([
      ["综合红黑榜", true, "ALL", null, "COMPOSITE", 5, 3, "85.00"],
      ["街道红黑榜", false, "BY_KIND", "STREET_OFFICE", "COMPOSITE", 2, 1, "85.00"],
      ["整改红黑榜", false, "ALL", null, "RECTIFICATION", 3, 2, "80.00"],
    ]);
    expect(await seedDemo({ password: SEED_TEST_PASSWORD })).toEqual({ created: false });
  });
});
