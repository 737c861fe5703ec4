import { JIAYUGUAN_DEPARTMENTS } from "@/prisma/seed/data/departments";

// Invented but plausible names for a province-sized data set. The edition's own bureau names come
// first, so a city with enough departments resolves every lead and co-department by exact name.

export const EDITION_BUREAUS = JIAYUGUAN_DEPARTMENTS.filter((department) => department.kind !== "STREET_OFFICE").map(({ name, shortName }) => ({
  name,
  shortName,
}));

const MORE_BUREAUS = [
  "市发展改革委",
  "市财政局",
  "市人社局",
  "市自然资源局",
  "市生态环境局",
  "市水务局",
  "市农业农村局",
  "市商务局",
  "市审计局",
  "市统计局",
  "市医保局",
  "市体育局",
  "市退役军人事务局",
  "市司法局",
  "市税务局",
  "市气象局",
  "市邮政管理局",
  "市供电公司",
  "市烟草专卖局",
  "市残联",
  "市妇联",
  "市总工会",
  "市科协",
  "市工商联",
  "市机关事务管理局",
  "市信访局",
  "市国资委",
  "市科技局",
  "市工信局",
  "市民宗委",
  "市档案馆",
  "市图书馆",
  "市博物馆",
  "市人防办",
  "市粮食和物资储备局",
  "市地震局",
  "市红十字会",
  "市社科联",
  "市文联",
  "市侨联",
  "市委政法委",
  "市委统战部",
  "市委网信办",
  "市纪委监委",
  "市委政研室",
  "市委编办",
  "市直机关工委",
  "市委党校",
  "市城投公司",
  "市水务集团",
  "市公交公司",
  "市燃气公司",
  "市热力公司",
  "市移动公司",
  "市联通公司",
  "市电信公司",
  "市中级人民法院",
  "市人民检察院",
  "市园林绿化中心",
  "市环卫中心",
];

const STREETS = [
  "东街",
  "西街",
  "南关",
  "北关",
  "新华",
  "人民",
  "解放",
  "建设",
  "胜利",
  "和平",
  "文化",
  "滨河",
  "城关",
  "站前",
  "朝阳",
  "光明",
  "幸福",
  "振兴",
  "团结",
  "红旗",
  "长城",
  "钟楼",
  "鼓楼",
  "东关",
  "西关",
  "新城",
  "老城",
  "工业园",
  "河西",
  "河东",
  "金山",
  "银河",
  "青年",
  "五一",
  "前进",
  "钢城",
  "雄关",
  "迎宾",
  "紫荆",
  "丝路",
];

const CITIES = [
  "安平",
  "清河",
  "临川",
  "永宁",
  "长宁",
  "定远",
  "丰泽",
  "广阳",
  "河阳",
  "嘉禾",
  "金城",
  "静海",
  "乐安",
  "龙泉",
  "明德",
  "南川",
  "平阳",
  "庆丰",
  "瑞安",
  "泰和",
  "新安",
  "兴平",
  "阳和",
  "宜川",
  "云岭",
  "正阳",
  "中和",
  "富平",
];

/** The n-th bureau of a city: the edition's names, then other common ones, then numbered units. */
export function bureauName(index: number): { name: string; shortName: string } {
  if (index < EDITION_BUREAUS.length) return EDITION_BUREAUS[index];
  const more = MORE_BUREAUS[index - EDITION_BUREAUS.length];
  if (more) return { name: more, shortName: more.replace(/^市/, "") };
  const serial = index - EDITION_BUREAUS.length - MORE_BUREAUS.length + 1;
  return { name: `市直属单位${serial}`, shortName: `直属单位${serial}` };
}

/** The n-th street office: 东街街道办事处 (shortName 东街街道), then numbered ones. */
export function streetOfficeName(index: number): { name: string; shortName: string } {
  const street = STREETS[index] ?? `第${index + 1}`;
  return { name: `${street}街道办事处`, shortName: `${street}街道` };
}

export function cityName(index: number): string {
  return `${CITIES[index] ?? `第${index + 1}`}市`;
}

export function provinceName(code: string): string {
  return code === "SCALE" ? "规模测试省" : `规模测试省（${code}）`;
}
