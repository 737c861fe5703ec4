import { bulletinAsciiFileName, bulletinFileName } from "@/lib/domain/bulletins/bulletin-file-name";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { BULLETIN_HTML_CSP, DOCX_CONTENT_TYPE } from "@/lib/server/bulletins/bulletin-http";
import type { BulletinFile } from "@/lib/server/bulletins/get-bulletin";
import { getPublicPublication } from "./get-public-publication";

/**
 * The PUBLIC variant of a publication's bulletin (no photos, notes or person names) exactly as
 * stored when it was published, for a publication the public may read (404 otherwise, like an
 * unknown id). The official variant is never served here.
 */
export async function getPublicBulletin(publicationId: string, format: "docx" | "html"): Promise<BulletinFile> {
  const publication = await getPublicPublication(publicationId);
  const stored = await db().publicationBulletin.findUnique({
    where: { publicationId_variant: { publicationId: publication.id, variant: "PUBLIC" } },
    select: { html: format === "html", docx: format === "docx" },
  });
  if (!stored) throw notFound("通报文件");
  const named = {
    ownerName: publication.city?.name ?? publication.province,
    issueYear: publication.issueYear,
    issueNumber: publication.issueNumber,
    variant: "PUBLIC" as const,
    superseded: publication.supersededBy !== null,
  };
  return {
    bytes: format === "html" ? new TextEncoder().encode(stored.html) : stored.docx,
    fileName: bulletinFileName(named, format),
    asciiFileName: bulletinAsciiFileName(named, format),
    contentType: format === "html" ? "text/html; charset=utf-8" : DOCX_CONTENT_TYPE,
    csp: format === "html" ? BULLETIN_HTML_CSP : null,
  };
}
