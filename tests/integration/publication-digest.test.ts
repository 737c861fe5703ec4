import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { roundDigestSchema } from "@/lib/domain/publications/digest-schema";
import type { RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { exportPublication } from "@/lib/server/console/export-publication";
import { getCityConsole } from "@/lib/server/console/get-city-console";
import { getBlackListEscalations } from "@/lib/server/dashboard/get-black-list-escalations";
import { getPublication } from "@/lib/server/publications/get-publication";
import { previewPublication } from "@/lib/server/publications/preview-publication";
import { publishPublication } from "@/lib/server/publications/publish-publication";
import { createPublicationsWorld, type PublicationsWorld } from "./publications-world";

// Publication.digest is the snapshot without `input` and `checkSites`, derived by a database trigger; the lists,
// periods and consoles read it instead of the snapshot. Changing the digest alone (never done by the app) shows
// which reader reads which column.

async function setDigestCityScore(id: string, score: string) {
  await db().$executeRaw`UPDATE "Publication" SET "digest" = jsonb_set("digest", '{result,cityScore}', to_jsonb(${score}::text)) WHERE "id" = ${id}`;
}

describe("a publication's digest", () => {
  let w: PublicationsWorld;
  let publicationId: string;
  let snapshot: RoundSnapshot;
  beforeAll(async () => {
    w = await createPublicationsWorld();
    const round = await w.closedRound({ a: [9, 10], b: [8, 10], s1: [10, 10], s2: [6, 10] });
    const published = await publishPublication(w.office.actor, { kind: "ROUND", roundId: round.id });
    publicationId = published.id;
    snapshot = published.snapshot as RoundSnapshot;
  });

  it("is the stored snapshot without the calculator input and the check sites, and fits the digest schema", async () => {
    const row = await db().publication.findUniqueOrThrow({ where: { id: publicationId }, select: { snapshot: true, digest: true } });
    const { input, checkSites, ...rest } = row.snapshot as RoundSnapshot;
    expect(input.checks).toHaveLength(40);
    expect(checkSites).toHaveLength(40);
    expect(row.digest).toEqual(rest);
    expect(roundDigestSchema.parse(row.digest)).toEqual(rest);
  });

  it("feeds the city console, the cockpit's black lists, the export and a period's rounds; the API's full read keeps the snapshot", async () => {
    await setDigestCityScore(publicationId, "12.3400");
    try {
      const console_ = await getCityConsole(w.supervisor.actor, w.city.slug);
      expect(console_.latest).toMatchObject({ publicationId, cityScore: "12.34" });
      const month = await previewPublication(w.office.actor, { kind: "MONTH", periodStart: "2026-03-01", periodEnd: "2026-03-31" });
      expect(month.snapshot.kind === "MONTH" && month.snapshot.rounds.map((round) => round.cityScore)).toEqual(["12.3400"]);
      expect((await getBlackListEscalations(w.office.actor))?.lists.map((list) => list.name)).toEqual(snapshot.lists.map((list) => list.name));
      expect((await exportPublication(w.office.actor, publicationId)).bytes.byteLength).toBeGreaterThan(0);

      const full = await getPublication(w.office.actor, publicationId);
      expect((full.snapshot as RoundSnapshot).result.cityScore).toBe(snapshot.result.cityScore);
      expect(snapshot.result.cityScore).not.toBe("12.3400");
    } finally {
      // The trigger derives the digest again whenever the snapshot is written.
      await db().$executeRaw`UPDATE "Publication" SET "snapshot" = "snapshot" WHERE "id" = ${publicationId}`;
    }
    const row = await db().publication.findUniqueOrThrow({ where: { id: publicationId }, select: { digest: true } });
    expect(roundDigestSchema.parse(row.digest).result.cityScore).toBe(snapshot.result.cityScore);
  });

  it("is refused when it does not fit its schema (a server fault, never cast)", async () => {
    await db().$executeRaw`UPDATE "Publication" SET "digest" = "digest" - 'lists' WHERE "id" = ${publicationId}`;
    try {
      await expect(getCityConsole(w.supervisor.actor, w.city.slug)).rejects.toThrow();
    } finally {
      await db().$executeRaw`UPDATE "Publication" SET "snapshot" = "snapshot" WHERE "id" = ${publicationId}`;
    }
    expect((await getCityConsole(w.supervisor.actor, w.city.slug)).latest?.publicationId).toBe(publicationId);
  });
});
