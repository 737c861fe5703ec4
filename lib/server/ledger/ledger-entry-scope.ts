import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { taskScopeWhere } from "@/lib/server/tasks/task-scope";

/**
 * The live entries a grant of `scope` reaches: those on the live tasks of that scope. A liaison
 * thus sees every entry of the tasks its department leads or co-owns, whoever wrote it, and
 * nothing of any other task. Evidence files follow their entry.
 */
export function ledgerEntryScopeWhere(actor: Actor, scope: Scope): Prisma.LedgerEntryWhereInput {
  return { deletedAt: null, task: taskScopeWhere(actor, scope) };
}
