import sharp from "sharp";
import type { BulletinFinding, BulletinPhoto } from "@/lib/domain/bulletins/bulletin-model";
import { worstFindings } from "@/lib/domain/bulletins/worst-findings";
import { todayInShanghai } from "@/lib/domain/dates";
import { fileStore } from "@/lib/server/storage";
import type { Tx } from "@/lib/server/tx";

const firstPhoto = {
  where: { deletedAt: null, thumbnailHash: { not: null } },
  orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  take: 1,
  select: { thumbnailHash: true },
};

/**
 * The round's worst findings as they stand when publishing: opened by the round's checks, not withdrawn,
 * by points lost. Each carries what the official variant prints (description, the check's note, the
 * inspector's name, the first "before" photo's thumbnail from the file store).
 */
export async function loadWorstFindings(tx: Tx, round: { id: string; cityId: string }): Promise<BulletinFinding[]> {
  const findings = await tx.finding.findMany({
    where: { roundId: round.id, cityId: round.cityId, origin: "CHECK", status: { not: "WITHDRAWN" }, checkId: { not: null } },
    select: {
      id: true,
      description: true,
      criterion: { select: { code: true, name: true, points: true, rubricKind: true, rubricParams: true } },
      site: { select: { name: true } },
      department: { select: { name: true } },
      evidence: firstPhoto,
      check: {
        select: {
          passed: true,
          findingCount: true,
          grade: true,
          measuredValue: true,
          checkedAt: true,
          note: true,
          inspectorId: true,
          evidence: firstPhoto,
        },
      },
    },
  });
  const ranked = worstFindings(
    findings.flatMap((finding) =>
      finding.check && finding.criterion ? [{ id: finding.id, criterion: finding.criterion, check: finding.check, item: finding }] : [],
    ),
  );
  const inspectorIds = [...new Set(ranked.map(({ item }) => item.check!.inspectorId))];
  const inspectors = new Map(
    (await tx.user.findMany({ where: { id: { in: inspectorIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]),
  );
  const result: BulletinFinding[] = [];
  for (const { item, pointsLost } of ranked) {
    const check = item.check!;
    const hash = check.evidence[0]?.thumbnailHash ?? item.evidence[0]?.thumbnailHash ?? null;
    result.push({
      criterion: `${item.criterion!.code} ${item.criterion!.name}`,
      site: item.site?.name ?? null,
      department: item.department.name,
      pointsLost,
      checkedOn: todayInShanghai(check.checkedAt),
      description: item.description,
      note: check.note,
      inspector: inspectors.get(check.inspectorId) ?? null,
      photo: hash ? await photoOf(hash) : null,
    });
  }
  return result;
}

// A photo missing from the store or that does not decode leaves the finding without one.
async function photoOf(hash: string): Promise<BulletinPhoto | null> {
  const data = await fileStore().get(hash);
  if (!data) return null;
  const { width, height } = await sharp(data)
    .metadata()
    .catch(() => ({ width: undefined, height: undefined }));
  return width && height ? { data: new Uint8Array(data), width, height } : null;
}
