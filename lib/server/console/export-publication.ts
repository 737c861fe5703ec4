import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseDigest } from "@/lib/domain/publications/digest-schema";
import { XLSX_CONTENT_TYPE } from "@/lib/domain/tabular-import/content-disposition";
import { writeWorkbook } from "@/lib/domain/tabular-import/write-workbook";
import { notFound } from "@/lib/errors";
import { publicationSheets } from "./publication-workbook";
import { publicationReader } from "./publication-read-scope";

/** A publication's department table and each list as an .xlsx, read in the actor's scope (404 beyond it; a liaison gets its own rows). */
export async function exportPublication(actor: Actor, id: string) {
  const reader = await publicationReader(actor);
  const row = await db().publication.findFirst({
    where: { AND: [reader.where, { id }] },
    select: { id: true, title: true, issueYear: true, issueNumber: true, digest: true },
  });
  if (!row) throw notFound("发布");
  const department = reader.department;
  const sheets = publicationSheets(parseDigest(row.digest), department === null ? undefined : (name) => name === department);
  return {
    bytes: await writeWorkbook(sheets),
    fileName: `${row.title}（${row.issueYear}年第${row.issueNumber}期）.xlsx`,
    asciiFileName: `publication-${row.issueYear}-${row.issueNumber}.xlsx`,
    contentType: XLSX_CONTENT_TYPE,
  };
}
