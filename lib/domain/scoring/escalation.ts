import { ScoringInputError, fieldAt } from "./scoring-input-error";

/** A publication of one series (e.g. a city's weekly bulletins), oldest first. */
export type PublicationLists = { id: string; supersedes?: string | null; isDraft?: boolean; blackList: readonly string[] };

export type EscalationStep = "REMINDER_LETTER" | "LEADER_MEETING" | "ACCOUNTABILITY";

/**
 * The publications that count, in order: drafts are left out, and a superseded publication is replaced, in
 * its place, by its latest correction.
 */
export function effectivePublications(publications: readonly PublicationLists[]): PublicationLists[] {
  const published = publications.filter((publication) => !publication.isDraft);
  const ids = new Set(published.map((publication) => publication.id));
  const correctionOf = new Map<string, PublicationLists>();
  published.forEach((publication, index) => {
    if (!publication.supersedes) return;
    if (!ids.has(publication.supersedes))
      throw new ScoringInputError(fieldAt(fieldAt("publications", index), "supersedes"), "被更正的通报不存在 (superseded publication not found)");
    correctionOf.set(publication.supersedes, publication);
  });
  const latest = (publication: PublicationLists): PublicationLists => {
    const correction = correctionOf.get(publication.id);
    return correction ? latest(correction) : publication;
  };
  return published.filter((publication) => !publication.supersedes).map(latest);
}

/** Length of each department's streak of consecutive black-list publications ending at the latest one. */
export function escalationLevels(publications: readonly PublicationLists[]): Map<string, number> {
  const sequence = effectivePublications(publications);
  const levels = new Map<string, number>();
  const last = sequence.at(-1);
  for (const name of new Set(last?.blackList ?? [])) {
    let streak = 0;
    for (let index = sequence.length - 1; index >= 0 && sequence[index].blackList.includes(name); index -= 1) streak += 1;
    levels.set(name, streak);
  }
  return levels;
}

/** 1 reminder letter (提醒函), 2 meeting with the leader (约谈), 3+ accountability (问责). */
export function escalationStep(level: number): EscalationStep | null {
  if (level <= 0) return null;
  return level === 1 ? "REMINDER_LETTER" : level === 2 ? "LEADER_MEETING" : "ACCOUNTABILITY";
}
