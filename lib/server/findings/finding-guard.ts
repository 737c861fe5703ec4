import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { nextStatus, refusalMessage, type FindingEvent, type FindingStatus } from "@/lib/domain/findings/finding-transitions";
import { AppError, notFound, versionConflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/tx";
import { todayInShanghai } from "@/lib/domain/dates";
import type { FindingItem } from "@/lib/validation/findings";
import { findingItemInclude, toFindingItem } from "./finding-item";
import { findingScopeWhere } from "./finding-scope";

export type FindingRow = Prisma.FindingGetPayload<object>;

/** The finding in the actor's scope, or 404 (another city's or department's does not exist for them). */
export async function getFindingOrThrow(tx: Tx, actor: Actor, scope: Scope, id: string): Promise<FindingRow> {
  const finding = await tx.finding.findFirst({ where: { AND: [{ id }, findingScopeWhere(actor, scope)] } });
  if (!finding) throw notFound("问题");
  return finding;
}

export const illegalTransition = (status: FindingStatus, event: FindingEvent) => new AppError("INVALID_TRANSITION", refusalMessage(status, event), 409);

/** The status `event` leads to, or 409: a stale version first, then a transition the table refuses. */
export function assertTransition(finding: FindingRow, event: FindingEvent, version: number | undefined): FindingStatus {
  if (version !== undefined && version !== finding.version) throw versionConflict(finding.version, version);
  const next = nextStatus(finding.status, event);
  if (!next) throw illegalTransition(finding.status, event);
  return next;
}

/** Writes the change only if nobody else changed the finding since it was read (else 409). */
export async function saveFinding(tx: Tx, finding: FindingRow, data: Prisma.FindingUncheckedUpdateManyInput): Promise<void> {
  const { count } = await tx.finding.updateMany({ where: { id: finding.id, version: finding.version }, data: { ...data, version: { increment: 1 } } });
  if (count > 0) return;
  const current = await tx.finding.findUnique({ where: { id: finding.id }, select: { version: true } });
  throw versionConflict(current?.version ?? null, finding.version);
}

export const actorIdOf = (actor: Actor) => (actor.kind === "user" ? actor.id : null);

/** The finding item after a write, read inside the same transaction. */
export async function findingItemOf(tx: Tx, id: string): Promise<FindingItem> {
  const row = await tx.finding.findUniqueOrThrow({ where: { id }, include: findingItemInclude });
  return toFindingItem(row, todayInShanghai());
}
