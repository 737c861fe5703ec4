import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getBulletin } from "@/lib/server/bulletins/get-bulletin";
import { publishPublication } from "@/lib/server/publications/publish-publication";
import { NAMES, createPublicationsWorld, type PublicationsWorld } from "./publications-world";

// Bulletins of publications made by the real publish use case (real snapshots: several lists, escalation).

let w: PublicationsWorld;
beforeAll(async () => {
  w = await createPublicationsWorld();
});

/** The bulletins publishing stored (both variants, in the publishing transaction). */
async function bulletinsOf(publicationId: string) {
  const stored = await db().publicationBulletin.findMany({ where: { publicationId }, select: { variant: true } });
  expect(stored.map((row) => row.variant).sort()).toEqual(["OFFICIAL", "PUBLIC"]);
  const read = async (variant: "official" | "public") => {
    const docx = (await getBulletin(w.office.actor, publicationId, { format: "docx", variant })).bytes;
    const zip = await JSZip.loadAsync(docx);
    return { zip, text: (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "") };
  };
  return { official: await read("official"), public: await read("public") };
}

describe("bulletins of published rounds and periods", () => {
  it("renders every list of a round publication with escalation over consecutive publications", async () => {
    const scores: Parameters<PublicationsWorld["closedRound"]>[0] = { a: [4, 4], b: [1, 4], s1: [3, 4], s2: [0, 4] };
    const first = await publishPublication(w.office.actor, { kind: "ROUND", roundId: (await w.closedRound({ ...scores })).id });
    const second = await publishPublication(w.office.actor, { kind: "ROUND", roundId: (await w.closedRound({ ...scores })).id });
    await bulletinsOf(first.id);
    const { official, public: open } = await bulletinsOf(second.id);
    for (const text of [official.text, open.text]) {
      expect(text).toContain(`${second.issueYear}年第${second.issueNumber}期`);
      for (const name of ["综合红黑榜", "街道红黑榜", "整改红黑榜", NAMES.a, NAMES.b, NAMES.s1, NAMES.s2]) expect(text).toContain(name);
      expect(text).toMatch(/连续2期上榜，约谈/);
    }
    expect(official.text).toContain("对连续两期列入黑榜的");
  });

  it("renders a month publication with the rounds it averages", async () => {
    const month = await publishPublication(w.office.actor, { kind: "MONTH", periodStart: "2026-03-01", periodEnd: "2026-03-31" });
    const { official } = await bulletinsOf(month.id);
    expect(official.text).toContain("汇总2轮督查（第1轮、第2轮）");
    expect(official.text).toContain("测评轮次");
  });
});
