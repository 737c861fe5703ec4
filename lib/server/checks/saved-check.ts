import { AppError } from "@/lib/errors";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";
import type { CheckItem } from "@/lib/validation/checks";
import { readCheckItem } from "./check-item";

/** Thrown from a check's `load` when its clientKey was already saved: the caller answers 200 with it. */
export class SavedCheck extends Error {
  constructor(readonly check: CheckItem) {
    super("check already saved under this clientKey");
  }
}

/** A send whose clientKey the round already holds is a retry: the saved check, nothing written. */
export async function throwIfReplay(client: Db | Tx, roundId: string, clientKey: string): Promise<void> {
  const saved = await client.check.findUnique({ where: { roundId_clientKey: { roundId, clientKey } }, select: { id: true } });
  if (saved) throw new SavedCheck(await readCheckItem(client, saved.id));
}

/** Another clientKey for a (round, criterion, site) that has its check: 409 CHECK_EXISTS carrying it. */
export async function throwIfChecked(client: Db | Tx, target: { roundId: string; criterionId: string; siteId: string | null }): Promise<void> {
  const saved = await client.check.findFirst({
    where: { roundId: target.roundId, criterionId: target.criterionId, siteId: target.siteId },
    select: { id: true },
  });
  if (!saved) return;
  throw new AppError("CHECK_EXISTS", "该点位的这项标准已有检查记录；如需修改请更正该记录。", 409, undefined, { check: await readCheckItem(client, saved.id) });
}
