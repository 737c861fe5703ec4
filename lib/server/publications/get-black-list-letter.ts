import type { Actor } from "@/lib/auth/actor";
import { addDays, todayInShanghai } from "@/lib/domain/dates";
import { notFound } from "@/lib/errors";
import { DOCX_CONTENT_TYPE } from "@/lib/server/letters/generate-reminder-letter";
import { renderBlackListLetter } from "./black-list-letter-document";
import { getPublication } from "./get-publication";

/** Days the department is given to report its rectification. */
const REPLY_WITHIN_DAYS = 7;
const METRIC_LABELS = { COMPOSITE: "综合得分", INSPECTION: "督查得分", RECTIFICATION: "整改率" } as const;

export type BlackListLetterFile = { bytes: Buffer; fileName: string; asciiFileName: string; contentType: string };

/**
 * The 提醒函 a publication issues to a department entering a black list (escalation level 1), rendered from the
 * publication's snapshot. Read by whoever may read the publication (a liaison: its own department's only);
 * 404 when the department has no level-1 entry in it.
 */
export async function getBlackListLetter(actor: Actor, publicationId: string, department: string): Promise<BlackListLetterFile> {
  const publication = await getPublication(actor, publicationId);
  const snapshot = publication.snapshot;
  if (!("lists" in snapshot) || !("city" in snapshot)) throw notFound("提醒函");
  const entries = snapshot.lists.flatMap((list) => {
    const black = list.blackList.find((entry) => entry.department === department && entry.step === "REMINDER_LETTER");
    const ranked = list.ranking.find((entry) => entry.department === department);
    return black ? [{ listName: list.name, rank: ranked?.rank ?? null, value: ranked?.value ?? null, metricLabel: METRIC_LABELS[list.metric] }] : [];
  });
  if (entries.length === 0) throw notFound("提醒函");
  const issuedOn = todayInShanghai(new Date(publication.publishedAt));
  const bytes = await renderBlackListLetter({
    department,
    cityName: snapshot.city.name,
    publicationTitle: publication.title,
    issuedOn,
    replyBy: addDays(issuedOn, REPLY_WITHIN_DAYS),
    entries,
  });
  return {
    bytes,
    fileName: `提醒函-${department}-第${publication.issueNumber}期.docx`,
    asciiFileName: `black-list-letter-${publication.issueYear}-${publication.issueNumber}.docx`,
    contentType: DOCX_CONTENT_TYPE,
  };
}
