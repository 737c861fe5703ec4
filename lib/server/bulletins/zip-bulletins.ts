import JSZip from "jszip";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { bulletinFileName } from "@/lib/domain/bulletins/bulletin-file-name";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { publicationScopeWhere } from "@/lib/server/publications/publication-scope";
import type { BulletinsZipQuery } from "@/lib/validation/bulletins";

export type BulletinsZip = { bytes: Buffer; fileName: string; asciiFileName: string; contentType: string; count: number };

/**
 * Every official bulletin of a year (by issue year) in the actor's scope, optionally of one city, each
 * once and named by its issue number; superseded issues are kept and marked. Entries are dated by
 * their publishing instant, so the same year gives the same zip. Liaisons read no official bulletin (403).
 */
export async function zipBulletins(actor: Actor, query: BulletinsZipQuery): Promise<BulletinsZip> {
  const scope = assertCan(actor, "read:publication");
  if (scope === "own") throw forbidden("单位联络员只能逐期下载通报的公开版。");
  const publications = await db().publication.findMany({
    where: { AND: [publicationScopeWhere(actor, scope), { issueYear: query.year }, query.city ? { cityId: query.city } : {}] },
    orderBy: [{ provinceId: "asc" }, { cityId: "asc" }, { issueNumber: "asc" }],
    select: {
      id: true,
      issueYear: true,
      issueNumber: true,
      publishedAt: true,
      city: { select: { name: true } },
      province: { select: { name: true } },
      supersededBy: { select: { id: true } },
    },
  });
  const zip = new JSZip();
  const taken = new Set<string>();
  for (const publication of publications) {
    const stored = await db().publicationBulletin.findUnique({
      where: { publicationId_variant: { publicationId: publication.id, variant: "OFFICIAL" } },
      select: { docx: true },
    });
    if (!stored) continue;
    const ownerName = publication.city?.name ?? publication.province?.name ?? "";
    let name = bulletinFileName({ ownerName, ...publication, variant: "OFFICIAL", superseded: publication.supersededBy !== null }, "docx");
    // Two cities of one name in the scope: keep both files.
    if (taken.has(name)) name = name.replace(/\.docx$/, `-${publication.id}.docx`);
    taken.add(name);
    zip.file(name, stored.docx, { date: publication.publishedAt, createFolders: false });
  }
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "DOS" });
  return {
    bytes,
    fileName: `创文督查通报${query.year}年.zip`,
    asciiFileName: `bulletins-${query.year}.zip`,
    contentType: "application/zip",
    count: taken.size,
  };
}
