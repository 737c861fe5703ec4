import type { PublishedList } from "@/lib/domain/publications/snapshot-schema";
import type { BulletinBlock } from "./bulletin-model";
import { joinNames } from "./bulletin-text";
import { escalations } from "./list-blocks";

const CITY_STANDARD = [
  "各责任单位要对照本期通报的问题，认真分析原因，逐项制定整改措施，明确责任人和整改时限，确保按期整改到位，并及时在系统中提交整改情况。",
  "各责任单位要举一反三，由点及面开展自查自纠，建立健全长效管理机制，坚决防止问题反弹回潮。",
  "市创建办将持续开展常态化督查和“回头看”，对整改不力、虚假整改的单位予以通报。",
];

const PROVINCE_STANDARD = [
  "各城市要对照本期排名，认真查找差距和薄弱环节，细化工作措施，压实工作责任，推动创建工作提质增效。",
  "排名靠后和被一票否决的城市要深入分析原因，限期整改，整改情况按要求报送省创建办。",
];

/** 整改要求: the standard paragraphs, then one per escalation step that some black-list member reached. */
export function cityRequirements(lists: readonly PublishedList[]): BulletinBlock[] {
  const steps = escalations(lists);
  const extra: string[] = [];
  if (steps.REMINDER_LETTER.length) extra.push(`对首次列入黑榜的${joinNames(steps.REMINDER_LETTER)}发送提醒函，请于5个工作日内将整改情况书面报送市创建办。`);
  if (steps.LEADER_MEETING.length) extra.push(`对连续两期列入黑榜的${joinNames(steps.LEADER_MEETING)}，由市创建办约谈单位主要负责人。`);
  if (steps.ACCOUNTABILITY.length) extra.push(`对连续三期及以上列入黑榜的${joinNames(steps.ACCOUNTABILITY)}，按照有关规定启动问责程序。`);
  return [...CITY_STANDARD, ...extra].map((text, index) => ({ kind: "paragraph", text: `${index + 1}.${text}` }));
}

export function provinceRequirements(): BulletinBlock[] {
  return PROVINCE_STANDARD.map((text, index) => ({ kind: "paragraph", text: `${index + 1}.${text}` }));
}
