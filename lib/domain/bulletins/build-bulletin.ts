import { todayInShanghai } from "@/lib/domain/dates";
import type { Snapshot } from "@/lib/domain/publications/snapshot-schema";
import type { Bulletin, BulletinFinding, BulletinVariant } from "./bulletin-model";
import { issueLabel } from "./bulletin-text";
import type { DepartmentLeaders } from "./list-blocks";
import { periodSections, provinceSections } from "./period-sections";
import { roundSections } from "./round-sections";

export type BulletinSource = {
  publication: { title: string; summary: string | null; issueYear: number; issueNumber: number; publishedAt: Date; reason: string | null };
  /** The publication this one corrects, when it is a correction. */
  corrected: { title: string; issueYear: number; issueNumber: number } | null;
  snapshot: Snapshot;
  /** Round publications: the worst findings as read when publishing, with everything the official variant shows. */
  findings: readonly BulletinFinding[];
  /** Department → its leader as the official variant names them for a 约谈 (e.g. 局长张三). */
  leaders: DepartmentLeaders;
};

/** 红头: the city's (or province's) creation office. */
export function issuerOf(snapshot: Snapshot): string {
  return "scope" in snapshot ? `${snapshot.province.name}精神文明建设指导委员会办公室` : `${snapshot.city.name}创建全国文明城市工作领导小组办公室`;
}

/** The public variant keeps departments, criteria and places: no description, note, inspector or photo. */
function findingsFor(variant: BulletinVariant, findings: readonly BulletinFinding[]): BulletinFinding[] {
  if (variant === "OFFICIAL") return [...findings];
  return findings.map((finding) => ({ ...finding, description: null, note: null, inspector: null, photo: null }));
}

export function correctionLine(corrected: BulletinSource["corrected"], reason: string | null, variant: BulletinVariant = "OFFICIAL"): string | null {
  if (!corrected) return null;
  // The reason is written for the office and may name people or cases (docs/public-data.md): the public variant says what it corrects only.
  if (variant === "PUBLIC") return `本期更正${issueLabel(corrected)}《${corrected.title}》。`;
  return `本期更正${issueLabel(corrected)}《${corrected.title}》，更正原因：${reason ?? "未说明"}。`;
}

/** The bulletin of one variant, from the frozen snapshot and what was read beside it when publishing. */
export function buildBulletin(source: BulletinSource, variant: BulletinVariant): Bulletin {
  const { publication, snapshot } = source;
  const leaders = variant === "OFFICIAL" ? source.leaders : {};
  const sections =
    "scope" in snapshot
      ? provinceSections(snapshot)
      : snapshot.kind === "ROUND"
        ? roundSections(snapshot, { variant, leaders, findings: findingsFor(variant, source.findings) })
        : periodSections(snapshot, { variant, leaders });
  return {
    variant,
    issuer: issuerOf(snapshot),
    issue: issueLabel(publication),
    title: publication.title,
    correction: correctionLine(source.corrected, publication.reason, variant),
    summary: publication.summary,
    sections,
    date: todayInShanghai(publication.publishedAt),
  };
}
