import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { loadMapping } from "./load-mapping";

/** The mapping from one edition to another (empty when none was recorded). */
export async function getEditionMapping(actor: Actor, fromEditionId: string, toEditionId: string) {
  assertCan(actor, "read:edition");
  const count = await db().indicatorEdition.count({ where: { id: { in: [fromEditionId, toEditionId] }, deletedAt: null } });
  if (count !== 2) throw notFound("测评体系版本");
  return { fromEditionId, toEditionId, rows: await loadMapping(db(), fromEditionId, toEditionId) };
}
