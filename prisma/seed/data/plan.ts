// The demo city's plans: Jiayuguan's eight actions (八大行动) of its real campaign.
// The demo never ages: the cycle's last year is the current year (issue 8), so the titles are made
// from it.
export function threeYearPlan(lastYear: number) {
  return {
    title: `嘉峪关市创建全国文明城市三年行动计划（${lastYear - 2}—${lastYear}年）`,
    summary: `以测评体系为标尺，以八大行动为抓手，分年度推进、分部门落实，确保${lastYear}年测评达标。`,
  };
}

export function annualPlan(year: number) {
  return {
    year,
    title: `嘉峪关市${year}年创建全国文明城市工作实施方案`,
    summary: "周期决胜之年：对照测评指标逐项销号，常态化开展周督查、月通报。",
  };
}

export const PLAN_ACTIONS = [
  { name: "理念铸魂行动", description: "深化理论武装，推动社会主义核心价值观融入城市治理和市民生活。" },
  { name: "市民素质提升行动", description: "开展文明礼仪、文明交通、文明餐桌等主题实践，提升市民文明素养。" },
  { name: "市容环境整治行动", description: "整治主次干道、背街小巷、集贸市场、城乡接合部环境卫生和市容秩序。" },
  { name: "未成年人思想道德建设行动", description: "净化校园周边环境，丰富未成年人校外教育活动。" },
  { name: "新时代文明实践行动", description: "推进实践中心、所、站规范运行，壮大志愿服务队伍。" },
  { name: "农村精神文明建设行动", description: "推进移风易俗，开展文明村镇、星级文明户创建。" },
  { name: "公益广告提质行动", description: "在道路、工地围挡、公交站点等处规范设置公益广告，做到无破损、无遮挡。" },
  { name: "测评指标达标行动", description: "对照测评体系逐项落实牵头和配合单位责任，建立台账、按期销号。" },
] as const;
