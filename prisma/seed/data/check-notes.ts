import { pick, type Random } from "./task-fates";

// What inspectors write when a check loses points (常用语), by the criterion's category.
const NOTES: Record<string, readonly string[]> = {
  C01: ["学习计划缺少实施方案和考核安排。", "台账资料不全，缺少会议记录。"],
  C02: ["公益广告数量不足，路段内缺少公益广告。", "公益广告画面褪色、破损，未及时更换。", "公益广告被树木遮挡。"],
  C03: ["实践站本月活动计划未公示。", "活动记录不全，无活动照片。"],
  C04: ["校园周边200米内有流动摊贩经营。", "学校周边有无证经营的小卖部。"],
  C05: ["市场入口未设置公平秤。", "占道经营，通道堵塞。", "生鲜区地面积水、有异味。"],
  C06: ["路面有暴露垃圾，果皮箱满溢未清理。", "墙面有小广告、乱涂乱画。", "楼道堆放杂物，存在卫生死角。"],
  C07: ["非机动车乱停乱放，占用盲道。", "行人闯红灯，无人劝导。", "路口文明引导员不在岗。"],
  C08: ["路灯不亮，夜间照明不足。", "路面破损、坑洼未修复。", "窨井盖缺失。"],
  C09: ["消防通道被私家车堵塞。", "楼道电动车充电，存在安全隐患。", "小区垃圾分类设施缺失。"],
  C11: ["问卷调查满意度低于目标值。"],
  C12: ["数据比对发现上报数据与台账不一致。"],
  C10: ["服务窗口无便民设施。", "工作人员服务态度生硬。", "车内卫生差，座椅破损。"],
};
const DEFAULT_NOTES = ["不符合测评标准，需整改。"];

/** A problem note for a check of the criterion that loses points. */
export function problemNote(criterionCode: string, random: Random): string {
  return pick(random, NOTES[criterionCode.slice(0, 3)] ?? DEFAULT_NOTES);
}
