import type { DepartmentKind } from "@/lib/generated/prisma/enums";

// Invented people with plausible names, titles and 0937 (Jiayuguan / Jiuquan) or 0936
// (Zhangye) landline numbers. Department names are exactly those the sample edition uses.
export type DepartmentSeed = {
  name: string;
  shortName: string;
  kind?: DepartmentKind;
  leaderName: string;
  leaderTitle: string;
  liaisonName: string;
  liaisonPhone: string;
};

const street = (name: string, shortName: string, leaderName: string, liaisonName: string, phone: string): DepartmentSeed => ({
  name,
  shortName,
  kind: "STREET_OFFICE",
  leaderName,
  leaderTitle: "党工委副书记、办事处主任",
  liaisonName,
  liaisonPhone: phone,
});

export const JIAYUGUAN_DEPARTMENTS: DepartmentSeed[] = [
  {
    name: "市文明办",
    shortName: "文明办",
    leaderName: "赵文清",
    leaderTitle: "市委宣传部副部长、市文明办主任",
    liaisonName: "李晓燕",
    liaisonPhone: "0937-6221001",
  },
  { name: "市委宣传部", shortName: "宣传部", leaderName: "马建华", leaderTitle: "常务副部长", liaisonName: "王婷", liaisonPhone: "0937-6221002" },
  { name: "市委组织部", shortName: "组织部", leaderName: "杨国庆", leaderTitle: "副部长", liaisonName: "张磊", liaisonPhone: "0937-6221003" },
  { name: "市融媒体中心", shortName: "融媒体中心", leaderName: "陈思远", leaderTitle: "副主任", liaisonName: "刘佳", liaisonPhone: "0937-6221004" },
  { name: "市城管局", shortName: "城管局", leaderName: "王建国", leaderTitle: "副局长", liaisonName: "孙志刚", liaisonPhone: "0937-6221005" },
  { name: "市交通运输局", shortName: "交通运输局", leaderName: "何立新", leaderTitle: "副局长", liaisonName: "周敏", liaisonPhone: "0937-6221006" },
  { name: "市住建局", shortName: "住建局", leaderName: "郭宏伟", leaderTitle: "副局长", liaisonName: "吴倩", liaisonPhone: "0937-6221007" },
  { name: "团市委", shortName: "团市委", leaderName: "冯雪", leaderTitle: "副书记", liaisonName: "谢宇航", liaisonPhone: "0937-6221008" },
  { name: "市文广旅局", shortName: "文广旅局", leaderName: "韩振东", leaderTitle: "副局长", liaisonName: "蒋丽", liaisonPhone: "0937-6221009" },
  { name: "市公安局", shortName: "公安局", leaderName: "曹永胜", leaderTitle: "副局长", liaisonName: "邓浩", liaisonPhone: "0937-6221010" },
  { name: "市市场监管局", shortName: "市场监管局", leaderName: "彭志强", leaderTitle: "副局长", liaisonName: "魏娜", liaisonPhone: "0937-6221011" },
  { name: "市公安局交警支队", shortName: "交警支队", leaderName: "袁军", leaderTitle: "副支队长", liaisonName: "范文博", liaisonPhone: "0937-6221012" },
  { name: "市消防救援支队", shortName: "消防救援支队", leaderName: "许德明", leaderTitle: "副支队长", liaisonName: "沈鹏", liaisonPhone: "0937-6221013" },
  { name: "市政务服务中心", shortName: "政务服务中心", leaderName: "吕红梅", leaderTitle: "副主任", liaisonName: "丁一凡", liaisonPhone: "0937-6221014" },
  { name: "市应急管理局", shortName: "应急管理局", leaderName: "田振华", leaderTitle: "副局长", liaisonName: "任静", liaisonPhone: "0937-6221015" },
  { name: "市教育局", shortName: "教育局", leaderName: "姜春梅", leaderTitle: "副局长", liaisonName: "石磊", liaisonPhone: "0937-6221016" },
  { name: "市卫健委", shortName: "卫健委", leaderName: "钟明", leaderTitle: "副主任", liaisonName: "潘雅琴", liaisonPhone: "0937-6221017" },
  { name: "市林草局", shortName: "林草局", leaderName: "黄立军", leaderTitle: "副局长", liaisonName: "董晨", liaisonPhone: "0937-6221018" },
  { name: "市民政局", shortName: "民政局", leaderName: "邵华", leaderTitle: "副局长", liaisonName: "苏晓梅", liaisonPhone: "0937-6221019" },
  street("雄关街道办事处", "雄关街道", "白永刚", "秦雪", "0937-6231001"),
  street("钢城街道办事处", "钢城街道", "贾海涛", "鲁佳宁", "0937-6231002"),
  street("五一街道办事处", "五一街道", "方振宇", "高丽", "0937-6231003"),
  street("新华街道办事处", "新华街道", "崔建军", "林芳", "0937-6231004"),
  street("胜利街道办事处", "胜利街道", "程伟", "罗婷婷", "0937-6231005"),
  street("前进街道办事处", "前进街道", "汪德胜", "宋阳", "0937-6231006"),
];

export const ZHANGYE_DEPARTMENTS: DepartmentSeed[] = [
  { name: "市文明办", shortName: "文明办", leaderName: "俞海燕", leaderTitle: "市文明办主任", liaisonName: "祁明", liaisonPhone: "0936-8211001" },
  { name: "市城管局", shortName: "城管局", leaderName: "薛振国", leaderTitle: "副局长", liaisonName: "武丽娟", liaisonPhone: "0936-8211002" },
  { name: "市住建局", shortName: "住建局", leaderName: "常志远", leaderTitle: "副局长", liaisonName: "段鹏飞", liaisonPhone: "0936-8211003" },
  { name: "市市场监管局", shortName: "市场监管局", leaderName: "雷红", leaderTitle: "副局长", liaisonName: "施晓东", liaisonPhone: "0936-8211004" },
  street("东街街道办事处", "东街街道", "龚建平", "史佳", "0936-8221001"),
  street("西街街道办事处", "西街街道", "康文华", "毛晓琳", "0936-8221002"),
];

export const JIUQUAN_DEPARTMENTS: DepartmentSeed[] = [
  { name: "市文明办", shortName: "文明办", leaderName: "严丽华", leaderTitle: "市文明办主任", liaisonName: "陆文杰", liaisonPhone: "0937-2611001" },
  { name: "市城管局", shortName: "城管局", leaderName: "孔德胜", leaderTitle: "副局长", liaisonName: "蔡晶", liaisonPhone: "0937-2611002" },
  { name: "市交通运输局", shortName: "交通运输局", leaderName: "余海", leaderTitle: "副局长", liaisonName: "潘婷", liaisonPhone: "0937-2611003" },
  { name: "市公安局交警支队", shortName: "交警支队", leaderName: "金国栋", leaderTitle: "副支队长", liaisonName: "杜晓峰", liaisonPhone: "0937-2611004" },
  street("东关街道办事处", "东关街道", "夏志明", "钱晓雯", "0937-2621001"),
  street("西关街道办事处", "西关街道", "姚建新", "傅蕾", "0937-2621002"),
];
