import { buildBulletin, type BulletinSource } from "@/lib/domain/bulletins/build-bulletin";
import { renderBulletinHtml } from "@/lib/domain/bulletins/render-bulletin-html";
import { parseSnapshot } from "@/lib/domain/publications/snapshot-schema";
import type { Tx } from "@/lib/server/tx";
import { loadLeaders } from "./load-leaders";
import { loadWorstFindings } from "./load-worst-findings";
import { renderBulletinDocx } from "./render-bulletin-docx";

const VARIANTS = ["OFFICIAL", "PUBLIC"] as const;

/**
 * Renders a publication's bulletin (official and public) and stores both, inside the publishing
 * transaction. Everything not in the snapshot (worst findings, photos, leaders) is read now; from then
 * on the bulletin is served byte for byte from these rows, whatever changes later.
 */
export async function storeBulletins(tx: Tx, publicationId: string): Promise<void> {
  const publication = await tx.publication.findUniqueOrThrow({
    where: { id: publicationId },
    select: {
      id: true,
      cityId: true,
      roundId: true,
      title: true,
      summary: true,
      issueYear: true,
      issueNumber: true,
      publishedAt: true,
      reason: true,
      snapshot: true,
      supersedes: { select: { title: true, issueYear: true, issueNumber: true } },
    },
  });
  const snapshot = parseSnapshot(publication.snapshot);
  const isRound = !("scope" in snapshot) && snapshot.kind === "ROUND";
  const source: BulletinSource = {
    publication,
    corrected: publication.supersedes,
    snapshot,
    findings: isRound && publication.roundId && publication.cityId ? await loadWorstFindings(tx, { id: publication.roundId, cityId: publication.cityId }) : [],
    leaders: publication.cityId && "lists" in snapshot ? await loadLeaders(tx, publication.cityId, snapshot.lists) : {},
  };
  for (const variant of VARIANTS) {
    const bulletin = buildBulletin(source, variant);
    const docx = await renderBulletinDocx(bulletin, publication.publishedAt);
    await tx.publicationBulletin.create({
      data: { publicationId: publication.id, variant, docx: new Uint8Array(docx), html: renderBulletinHtml(bulletin) },
    });
  }
}
