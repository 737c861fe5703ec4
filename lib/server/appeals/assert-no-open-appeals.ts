import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";

/** Publishing a round waits for the office to answer every appeal filed against its draft result. */
export async function assertNoOpenAppeals(tx: Tx, roundId: string): Promise<void> {
  const open = await tx.appeal.count({ where: { roundId, answer: null } });
  if (open > 0) throw new AppError("APPEALS_OPEN", `该轮次还有 ${open} 条申诉未答复，答复后才能发布。`, 409);
}
