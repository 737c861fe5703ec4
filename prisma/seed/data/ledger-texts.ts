import { between, pick, type Random } from "./task-fates";

// Ledger entry texts (工作内容) written the way liaisons write them, filled from a seeded PRNG.

const TEMPLATES: readonly ((task: string, n: readonly number[]) => string)[] = [
  (task, [a, b, c]) => `组织人员开展“${task}”专项工作，出动人员${a}人次，排查点位${b}处，发现问题${c}个，已全部登记并限期整改。`,
  (task, [, , c]) => `召开“${task}”推进会，传达市文明办周督查通报，明确${c}项重点工作及完成时限，落实到人。`,
  (task, [, b, c]) => `对照测评标准开展自查，完成“${task}”相关点位核查${b}处，整改到位${c}处，留存整改前后对比照片。`,
  (task, [a, b, c]) => `会同配合单位开展“${task}”联合检查，检查${b}处，现场整改${c}处，下发整改通知书${Math.max(1, a % 7)}份。`,
  (task, [a]) => `报送“${task}”阶段性工作总结，附工作方案、会议纪要及现场照片，参与人员${a}人次。`,
  (task, [a, b]) => `开展“${task}”回头看，复查前期整改点位${b}处，均已整改到位，巩固提升${a}处。`,
  (task, [a, b]) => `利用周末组织志愿者参与“${task}”，志愿者${a}人次，服务时长${b}小时。`,
];

const COMMENTS: readonly string[] = [
  "照片未体现点位名称和日期，请补充带水印的现场照片。",
  "工作内容过于笼统，请写明具体点位、数量和整改结果。",
  "佐证材料与任务不符，请上传本次工作的现场照片。",
  "缺少整改后照片，请补充整改前后对比照片。",
  "数量与上次报送不一致，请核实后重新报送。",
];

const ANSWERS: readonly string[] = ["已补充带日期和点位名称的现场照片。", "已补充具体点位清单和整改结果，请审核。", "已核实数量并更正，附整改前后对比照片。"];

export function entryText(random: Random, task: string): string {
  const numbers = [between(random, 6, 60), between(random, 8, 120), between(random, 2, 20)];
  return pick(random, TEMPLATES)(task, numbers);
}

export const returnComment = (random: Random) => pick(random, COMMENTS);
export const answerText = (random: Random) => pick(random, ANSWERS);

export const PDF_NAMES = ["工作方案.pdf", "会议纪要.pdf", "检查记录表.pdf", "整改通知书.pdf"] as const;
