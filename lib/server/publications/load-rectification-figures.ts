import type { rectificationFiguresSchema } from "@/lib/domain/publications/snapshot-schema";
import type { z } from "@/lib/validation/zod";

type RectificationFigures = z.infer<typeof rectificationFiguresSchema>;
import type { Tx } from "@/lib/server/tx";

/**
 * A period's rectification figures for the public side (scoring.md's definitions, withdrawn findings never
 * count): findings due in the period, those verified on or before their due date, and those overdue at the
 * period's end (due before it and not verified by it, whatever period they were due in).
 */
export async function loadRectificationFigures(tx: Tx, cityId: string, period: { start: Date; end: Date }): Promise<RectificationFigures> {
  const live = { cityId, status: { not: "WITHDRAWN" as const } };
  // In turn, not Promise.all: one transaction, one connection.
  const dueRows = await tx.finding.findMany({
    where: { ...live, dueDate: { gte: period.start, lte: period.end } },
    select: { dueDate: true, verifiedOn: true },
  });
  const overdue = await tx.finding.count({ where: { ...live, dueDate: { lt: period.end }, OR: [{ verifiedOn: null }, { verifiedOn: { gt: period.end } }] } });
  const rectifiedOnTime = dueRows.filter((row) => row.verifiedOn !== null && row.verifiedOn <= row.dueDate).length;
  return { due: dueRows.length, rectifiedOnTime, overdue };
}
