import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { getEvidenceFile } from "@/lib/server/evidence/get-evidence-file";
import { prepareEvidence } from "@/lib/server/evidence/prepare-evidence";
import { getFindingDetail } from "@/lib/server/findings/get-finding-detail";
import { createCheck, createFinding, createRound } from "@/tests/factories/inspection";
import { createTaskScenario } from "@/tests/factories/task";
import { createUser } from "@/tests/factories/user";
import { pdfBytes } from "@/tests/fixtures/evidence/evidence-files";

// A finding's "before" photos are its check's files. The liaison of the finding's department holds
// no read:round, so they must be readable through the finding, and only through one it may read.

let w: Awaited<ReturnType<typeof createTaskScenario>>;
let liaisonA2: Actor;
let findingId: string;
let plainCheckPhotoId: string;

beforeAll(async () => {
  w = await createTaskScenario(db());
  const { s, criteria } = w;
  liaisonA2 = (await createUser(db(), { role: "DEPARTMENT_LIAISON", cityId: s.cityA.id, departmentId: s.departmentA2.id })).actor;
  const editionId = (await db().criterion.findUniqueOrThrow({ where: { id: criteria[0].id }, select: { editionId: true } })).editionId;
  const round = await createRound(db(), { cityId: s.cityA.id, editionId, createdById: s.actors.cityAdminA.id });
  const [prepared] = await prepareEvidence([{ name: "现场.pdf", bytes: pdfBytes() }]);
  const checkWithPhoto = async (criterionId: string) => {
    const check = await createCheck(db(), { round, criterionId, inspectorId: s.actors.inspectorA.id, departmentIds: [s.departmentA1.id] });
    const [photo] = await db().$transaction((tx) =>
      attachEvidence(tx, { owner: { checkId: check.id }, cityId: s.cityA.id, uploadedById: s.actors.inspectorA.id, files: [prepared] }),
    );
    return { check, photoId: photo.id };
  };

  const opened = await checkWithPhoto(criteria[0].id);
  const finding = await createFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, due: "2026-03-10", roundId: round.id });
  await db().finding.update({ where: { id: finding.id }, data: { checkId: opened.check.id } });
  findingId = finding.id;

  plainCheckPhotoId = (await checkWithPhoto(criteria[1].id)).photoId;
});

const readable = (actor: Actor, id: string) =>
  getEvidenceFile(actor, id).then(
    () => true,
    (error: { status: number }) => (error.status === 404 ? false : Promise.reject(error)),
  );

describe("a finding's before photos (its check's files)", () => {
  it("are readable by the liaison of the finding's department, whose finding page links them", async () => {
    const detail = await getFindingDetail(w.s.actors.liaisonA1, findingId);
    expect(detail.beforePhotos).toHaveLength(1);
    expect(await readable(w.s.actors.liaisonA1, detail.beforePhotos[0].id)).toBe(true);
  });

  it("stay out of reach of another department's liaison and another city", async () => {
    const detail = await getFindingDetail(w.s.actors.cityAdminA, findingId);
    expect(await readable(liaisonA2, detail.beforePhotos[0].id)).toBe(false);
    expect(await readable(w.s.actors.cityAdminB, detail.beforePhotos[0].id)).toBe(false);
  });

  it("of a check that opened no finding stay out of a liaison's reach", async () => {
    expect(await readable(w.s.actors.liaisonA1, plainCheckPhotoId)).toBe(false);
    expect(await readable(w.s.actors.cityAdminA, plainCheckPhotoId)).toBe(true);
  });
});
