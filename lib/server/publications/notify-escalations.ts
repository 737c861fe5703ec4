import type { PublishedList } from "@/lib/domain/publications/snapshot-schema";
import { notifyDepartments, notifyUsers, officeUserIdsOf } from "@/lib/server/notifications/notify";
import type { Tx } from "@/lib/server/tx";

const STEP_LABELS = { REMINDER_LETTER: "提醒函", LEADER_MEETING: "约谈", ACCOUNTABILITY: "问责" } as const;

/** Where a department's reminder letter for a publication is downloaded. */
export function reminderLetterPath(publicationId: string, department: string): string {
  return `/api/v1/publications/${publicationId}/letters/${encodeURIComponent(department)}`;
}

/**
 * The consequences of a publication's black lists (scoring.md's escalation): at level 1 the department's
 * liaisons are told a reminder letter is issued, with its download link; at levels 2 (约谈) and 3+ (问责) the
 * city's office is told whom to summon or hold accountable, on which list.
 */
export async function notifyEscalations(tx: Tx, publication: { id: string; cityId: string; title: string }, lists: readonly PublishedList[]): Promise<void> {
  const departments = await tx.department.findMany({ where: { cityId: publication.cityId, deletedAt: null }, select: { id: true, name: true } });
  const idOf = new Map(departments.map((department) => [department.name, department.id]));
  const office = await officeUserIdsOf(tx, publication.cityId);
  for (const list of lists) {
    for (const entry of list.blackList) {
      const dedupeKey = `BLACK_LIST:${publication.id}:${list.id}:${entry.department}`;
      if (entry.step === "REMINDER_LETTER") {
        const departmentId = idOf.get(entry.department);
        if (!departmentId) continue;
        await notifyDepartments(tx, [departmentId], {
          kind: "BLACK_LIST_REMINDER",
          cityId: publication.cityId,
          title: `${entry.department}列入${list.name}黑榜，请查收提醒函`,
          body: `${publication.title}：${entry.department}列入${list.name}黑榜，现发提醒函，请及时整改。`,
          link: reminderLetterPath(publication.id, entry.department),
          dedupeKey,
        });
      } else {
        await notifyUsers(tx, office, {
          kind: "BLACK_LIST_ESCALATION",
          cityId: publication.cityId,
          title: `${entry.department}连续${entry.level}期列入${list.name}黑榜：${STEP_LABELS[entry.step]}`,
          body: `${publication.title}：${entry.department}连续${entry.level}期列入${list.name}黑榜，按规定进入${STEP_LABELS[entry.step]}程序。`,
          link: `/publications/${publication.id}`,
          dedupeKey,
        });
      }
    }
  }
}
