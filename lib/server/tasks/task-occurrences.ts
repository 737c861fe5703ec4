import { parseBusinessDate } from "@/lib/domain/dates";
import { occurrencesOfYear } from "@/lib/domain/tasks/occurrences";
import type { Recurrence } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/tx";

/**
 * Gives a task the occurrences of its recurrence over its plan year. Occurrences that already
 * carry ledger entries or a sign-off are history and stay; the others are replaced.
 */
export async function regenerateOccurrences(tx: Tx, task: { id: string; cityId: string }, recurrence: Recurrence, planYear: number) {
  await tx.taskOccurrence.deleteMany({ where: { taskId: task.id, completedAt: null, ledgerEntries: { none: {} } } });
  const periods = occurrencesOfYear(recurrence, planYear);
  if (periods.length === 0) return;
  await tx.taskOccurrence.createMany({
    data: periods.map((period) => ({
      cityId: task.cityId,
      taskId: task.id,
      periodStart: parseBusinessDate(period.periodStart),
      periodEnd: parseBusinessDate(period.periodEnd),
      dueDate: parseBusinessDate(period.dueDate),
    })),
    skipDuplicates: true,
  });
}
