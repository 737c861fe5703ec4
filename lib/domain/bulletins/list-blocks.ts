import type { PublishedList } from "@/lib/domain/publications/snapshot-schema";
import type { BulletinBlock, BulletinVariant } from "./bulletin-model";
import { ESCALATION_TEXT, METRIC_TEXT, joinNames } from "./bulletin-text";

const LIST_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Who the office meets for a 约谈 (official variant only): the department's leader as recorded when publishing. */
export type DepartmentLeaders = Readonly<Record<string, string>>;

function blackEntry(entry: PublishedList["blackList"][number], variant: BulletinVariant, leaders: DepartmentLeaders): string {
  const streak = entry.level === 1 ? "首次上榜" : `连续${entry.level}期上榜`;
  const leader = variant === "OFFICIAL" && entry.step === "LEADER_MEETING" ? leaders[entry.department] : undefined;
  const step = leader ? `约谈${leader}` : ESCALATION_TEXT[entry.step];
  return `${entry.department}（${streak}，${step}）`;
}

/** Each list's red and black members in list order; a black member with its streak and escalation step. */
export function listBlocks(lists: readonly PublishedList[], variant: BulletinVariant, leaders: DepartmentLeaders): BulletinBlock[] {
  return lists.flatMap((list, index): BulletinBlock[] => [
    { kind: "subheading", text: `（${LIST_NUMERALS[index] ?? index + 1}）${list.name}（按${METRIC_TEXT[list.metric]}排名）` },
    { kind: "paragraph", label: `红榜（${list.redList.length}个）：`, text: list.redList.length ? joinNames(list.redList) : "无" },
    {
      kind: "paragraph",
      label: `黑榜（${list.blackList.length}个）：`,
      text: list.blackList.length ? joinNames(list.blackList.map((entry) => blackEntry(entry, variant, leaders))) : "无",
    },
  ]);
}

/** The departments at each escalation step across all lists (a department once per step, in list order). */
export function escalations(lists: readonly PublishedList[]): Record<keyof typeof ESCALATION_TEXT, string[]> {
  const byStep = { REMINDER_LETTER: [] as string[], LEADER_MEETING: [] as string[], ACCOUNTABILITY: [] as string[] };
  for (const list of lists) for (const entry of list.blackList) if (!byStep[entry.step].includes(entry.department)) byStep[entry.step].push(entry.department);
  return byStep;
}
