import type { NotificationDraft } from "@/lib/server/notifications/notify";

// The notifications about a finding, sent to the liaisons of its department. Texts are stored
// with the notification (what was said at the time), so they are written here in Chinese.

export type NoticeFinding = { id: string; cityId: string; description: string; dueDate: string };

const linkOf = (finding: NoticeFinding) => `/findings/${finding.id}`;
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export function findingDispatchedNotice(finding: NoticeFinding, at: Date): NotificationDraft {
  return {
    kind: "FINDING_DISPATCHED",
    cityId: finding.cityId,
    title: `新交办问题：${short(finding.description)}`,
    body: `市文明办向贵单位交办了督查问题「${short(finding.description)}」，请于 ${finding.dueDate} 前整改并回复。`,
    link: linkOf(finding),
    dedupeKey: `FINDING_DISPATCHED:${finding.id}:${at.getTime()}`,
  };
}

export function findingReturnedNotice(finding: NoticeFinding, comment: string, at: Date): NotificationDraft {
  return {
    kind: "FINDING_RETURNED",
    cityId: finding.cityId,
    title: `整改被退回：${short(finding.description)}`,
    body: `问题「${short(finding.description)}」的整改回复被退回：${comment}`,
    link: linkOf(finding),
    dedupeKey: `FINDING_RETURNED:${finding.id}:${at.getTime()}`,
  };
}

export function findingDueSoonNotice(finding: NoticeFinding): NotificationDraft {
  return {
    kind: "FINDING_DUE_SOON",
    cityId: finding.cityId,
    title: `问题即将到期：${short(finding.description)}`,
    body: `问题「${short(finding.description)}」将于 ${finding.dueDate} 到期，请按时整改并回复。`,
    link: linkOf(finding),
    dedupeKey: `FINDING_DUE_SOON:${finding.id}:${finding.dueDate}`,
  };
}

export function findingOverdueNotice(finding: NoticeFinding): NotificationDraft {
  return {
    kind: "FINDING_OVERDUE",
    cityId: finding.cityId,
    title: `问题已逾期：${short(finding.description)}`,
    body: `问题「${short(finding.description)}」已超过整改期限 ${finding.dueDate}，请尽快整改并回复。`,
    link: linkOf(finding),
    dedupeKey: `FINDING_OVERDUE:${finding.id}:${finding.dueDate}`,
  };
}

/** The department had the finding in hand: tell it the work is no longer asked for. */
export function findingWithdrawnNotice(finding: NoticeFinding, at: Date): NotificationDraft {
  return {
    kind: "FINDING_WITHDRAWN",
    cityId: finding.cityId,
    title: `问题已撤销：${short(finding.description)}`,
    body: `问题「${short(finding.description)}」的检查已更正为满分，问题已撤销，无需再整改。`,
    link: linkOf(finding),
    dedupeKey: `FINDING_WITHDRAWN:${finding.id}:${at.getTime()}`,
  };
}
