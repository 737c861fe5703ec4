import { db } from "@/lib/db";

/**
 * The floor a round's scorecards are compared with: ONE SQL aggregate over the round's inspected checks and
 * the departments they count for (per criterion and department: checks, findings, passes, mean measured value,
 * graded checks). Answers the number of groups.
 */
export async function aggregateRoundChecks(roundId: string): Promise<number> {
  const rows = await db().$queryRaw<{ n: bigint }[]>`
    SELECT c."criterionId", cd."departmentId", count(*) AS n, sum(c."findingCount") AS findings,
           count(*) FILTER (WHERE c."passed") AS passed, avg(c."measuredValue") AS mean, count(c."grade") AS graded
    FROM "Check" c JOIN "CheckDepartment" cd ON cd."checkId" = c."id"
    WHERE c."roundId" = ${roundId} AND c."visitStatus" = 'INSPECTED'
    GROUP BY c."criterionId", cd."departmentId"`;
  return rows.length;
}
