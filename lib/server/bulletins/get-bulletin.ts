import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { bulletinAsciiFileName, bulletinFileName } from "@/lib/domain/bulletins/bulletin-file-name";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { publicationScopeWhere } from "@/lib/server/publications/publication-scope";
import type { BulletinQuery } from "@/lib/validation/bulletins";
import { BULLETIN_HTML_CSP, DOCX_CONTENT_TYPE } from "./bulletin-http";

export type BulletinFile = { bytes: Uint8Array; fileName: string; asciiFileName: string; contentType: string; csp: string | null };

/**
 * A publication's bulletin exactly as stored when it was published, for whoever may read the
 * publication (404 beyond that). A liaison reads its department's rows of a publication, not the
 * whole official bulletin: it gets the public variant only (403 for the official one).
 */
export async function getBulletin(actor: Actor, publicationId: string, query: BulletinQuery): Promise<BulletinFile> {
  const scope = assertCan(actor, "read:publication");
  const variant = query.variant === "public" ? "PUBLIC" : "OFFICIAL";
  const publication = await db().publication.findFirst({
    where: { AND: [{ id: publicationId }, publicationScopeWhere(actor, scope)] },
    select: { id: true, issueYear: true, issueNumber: true, city: { select: { name: true } }, province: { select: { name: true } } },
  });
  if (!publication) throw notFound("通报");
  if (scope === "own" && variant === "OFFICIAL") throw forbidden("单位联络员只能下载通报的公开版（variant=public）。");
  const stored = await db().publicationBulletin.findUnique({
    where: { publicationId_variant: { publicationId: publication.id, variant } },
    select: { html: query.format === "html", docx: query.format === "docx" },
  });
  if (!stored) throw notFound("通报文件");
  const named = { ownerName: publication.city?.name ?? publication.province?.name ?? "", ...publication, variant } as const;
  const extension = query.format;
  return {
    bytes: extension === "html" ? new TextEncoder().encode(stored.html) : stored.docx,
    fileName: bulletinFileName(named, extension),
    asciiFileName: bulletinAsciiFileName(named, extension),
    contentType: extension === "html" ? "text/html; charset=utf-8" : DOCX_CONTENT_TYPE,
    csp: extension === "html" ? BULLETIN_HTML_CSP : null,
  };
}
