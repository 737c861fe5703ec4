import type { NotificationDraft } from "@/lib/server/notifications/notify";

// Texts are stored with the notification (what was said at the time), so they are written here in Chinese.

type NoticeAppeal = { id: string; cityId: string; roundId: string; roundName: string; departmentName: string };

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** To the city's office: a department appealed its draft result; the round's page lists it. */
export function appealFiledNotice(appeal: NoticeAppeal, reason: string): NotificationDraft {
  return {
    kind: "APPEAL_FILED",
    cityId: appeal.cityId,
    title: `${appeal.departmentName}对「${appeal.roundName}」提出申诉`,
    body: `申诉理由：${short(reason)}。答复全部申诉后才能发布该轮次。`,
    link: `/rounds/${appeal.roundId}#appeals`,
    dedupeKey: `APPEAL_FILED:${appeal.id}`,
  };
}

/** To the department's liaisons: the office answered (or changed its answer). */
export function appealAnsweredNotice(appeal: NoticeAppeal, answer: string, version: number): NotificationDraft {
  return {
    kind: "APPEAL_ANSWERED",
    cityId: appeal.cityId,
    title: `申诉已答复：${appeal.roundName}`,
    body: `市文明办答复：${short(answer)}`,
    link: "/my#appeals",
    dedupeKey: `APPEAL_ANSWERED:${appeal.id}:${version}`,
  };
}
