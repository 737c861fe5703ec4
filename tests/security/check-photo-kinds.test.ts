import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitCheck } from "@/lib/server/checks/submit-check";
import { createRound } from "@/lib/server/rounds/create-round";
import { startRound } from "@/lib/server/rounds/start-round";
import { imageBytes, pdfBytes } from "@/tests/fixtures/evidence/evidence-files";
import { createRoundsWorld, type RoundsWorld } from "@/tests/integration/rounds-world";

// A check's photos carry a watermark (capture time, GPS, site code, account) burnt into the
// pixels: that is what makes them evidence of the visit. A file that cannot carry it (a PDF, an
// office document) is not a check photo and must be refused before anything is stored.

let w: RoundsWorld;
let roundId: string;
beforeAll(async () => {
  w = await createRoundsWorld();
  const round = await createRound(w.office.actor, {
    name: "照片",
    kind: "WEEKLY",
    periodStart: "2026-03-01",
    periodEnd: "2026-03-31",
    siteIds: [w.markets[0].id, w.markets[1].id],
  });
  await startRound(w.office.actor, { id: round.id });
  roundId = round.id;
});

const check = (clientKey: string, siteId: string, photos: { name: string; bytes: Uint8Array }[]) => ({
  roundId,
  clientKey,
  criterionId: w.criterion["R-2"].id,
  siteId,
  visitStatus: "INSPECTED",
  outcome: { pass: true },
  photos,
});

describe("a check's photos", () => {
  it("refuse a document (415): no check is saved and no file is recorded", async () => {
    const photos = [
      { name: "现场.jpg", bytes: new Uint8Array(await imageBytes("jpeg", 64, 48)) },
      { name: "现场.pdf", bytes: pdfBytes() },
    ];
    await expect(submitCheck(w.inspectorA.actor, check("photo-kinds-1", w.markets[0].id, photos))).rejects.toMatchObject({ status: 415 });
    expect(await db().check.count({ where: { roundId, clientKey: "photo-kinds-1" } })).toBe(0);
  });

  it("take images, stored watermarked", async () => {
    const photos = [{ name: "现场.png", bytes: new Uint8Array(await imageBytes("png", 64, 48)) }];
    const saved = await submitCheck(w.inspectorA.actor, check("photo-kinds-2", w.markets[1].id, photos));
    expect(saved.created).toBe(true);
    expect(saved.check.photos).toHaveLength(1);
  });
});
