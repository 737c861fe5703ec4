import type { Actor } from "@/lib/auth/actor";
import { scopeOf } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { citizenReportScopeWhere } from "@/lib/server/citizen-reports/get-citizen-report";
import { findingScopeWhere } from "@/lib/server/findings/finding-scope";
import { ledgerEntryScopeWhere } from "@/lib/server/ledger/ledger-entry-scope";
import { roundScopeWhere } from "@/lib/server/scoring/round-scope";

/**
 * The live files an actor may read, through whichever record owns each: a ledger entry (the
 * entry's task in the ledger scope), a check (its round in the round scope: the city's office
 * and inspectors, the province's supervisor, the system admin), a finding or one of its
 * rectification events (the finding scope: a liaison only its department's; a check's photos
 * too, when that check opened a finding the actor may read; a citizen report's, to the office
 * and through the finding it became or joined). A file beyond all
 * of them is not found. Null when the actor may read no owner at all.
 */
export function evidenceScopeWhere(actor: Actor): Prisma.EvidenceFileWhereInput | null {
  const owners: Prisma.EvidenceFileWhereInput[] = [];
  const ledger = scopeOf(actor, "read:ledger");
  if (ledger) owners.push({ ledgerEntryId: { not: null }, ledgerEntry: ledgerEntryScopeWhere(actor, ledger) });
  const round = scopeOf(actor, "read:round");
  if (round) owners.push({ checkId: { not: null }, check: { round: roundScopeWhere(actor, round) } });
  const finding = scopeOf(actor, "read:finding");
  if (finding) {
    const findings = findingScopeWhere(actor, finding);
    owners.push({ findingId: { not: null }, finding: findings });
    // A finding's "before" photos are its check's files: a liaison (no read:round) sees them through the finding.
    owners.push({ checkId: { not: null }, check: { findings: { some: findings } } });
    owners.push({ rectificationEventId: { not: null }, rectificationEvent: { finding: findings } });
    // A citizen report's photos are the before-photos of the finding it became or joined.
    owners.push({ citizenReportId: { not: null }, citizenReport: { finding: findings } });
  }
  const report = scopeOf(actor, "read:citizen-report");
  if (report) owners.push({ citizenReportId: { not: null }, citizenReport: citizenReportScopeWhere(actor, report) });
  return owners.length ? { deletedAt: null, OR: owners } : null;
}
