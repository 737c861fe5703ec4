import { seededRandom, type Random } from "./task-fates";

// How many sites of each type a demo city gets, who answers for them, and invented but plausible
// names. The types the sample edition inspects come first and in numbers; the rest of the
// manual's 26 types appear a few times each. A bureau missing from a city falls back to the
// street office of the site's street.

export type SitePlanEntry = { type: string; count: number; owner: string | "street"; name: (road: string, n: number, street: string) => string };

const ROADS = [
  "建设",
  "胜利",
  "迎宾",
  "新华",
  "雄关",
  "五一",
  "兰新",
  "长城",
  "文化",
  "嘉东",
  "朝阳",
  "和平",
  "友谊",
  "团结",
  "光明",
  "幸福",
  "安远",
  "镜铁",
  "峪泉",
  "紫轩",
];
const SIDES = ["东路", "西路", "南路", "北路", "中路"];
const HOMES = ["花园", "小区", "家园", "新苑", "新村"];
const ORDINAL = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const nth = (n: number) => ORDINAL[(n - 1) % ORDINAL.length] + (n > ORDINAL.length ? String(Math.ceil(n / ORDINAL.length)) : "");

export const DEMO_CITY_SITE_PLAN: SitePlanEntry[] = [
  { type: "主次干道", count: 32, owner: "市城管局", name: (road, n) => `${road}${SIDES[n % SIDES.length]}` },
  { type: "背街小巷", count: 45, owner: "street", name: (road, n) => `${road}路${nth(n)}巷` },
  { type: "主要交通路口", count: 20, owner: "市公安局交警支队", name: (road, n) => `${road}路—${ROADS[(n * 7) % ROADS.length]}路交叉口` },
  { type: "商业大街", count: 6, owner: "street", name: (road) => `${road}商业街` },
  { type: "集贸市场", count: 16, owner: "市市场监管局", name: (road, n) => `${road}${n % 2 ? "农贸" : "综合"}市场` },
  { type: "公园", count: 5, owner: "市林草局", name: (road) => `${road}公园` },
  { type: "公共广场", count: 8, owner: "市城管局", name: (road) => `${road}广场` },
  { type: "医院", count: 8, owner: "市卫健委", name: (road, n) => `市第${nth(n)}人民医院${road}院区` },
  { type: "中小学校", count: 15, owner: "市教育局", name: (road, n) => `${road}路${n % 3 ? "小学" : "中学"}` },
  { type: "小区", count: 45, owner: "street", name: (road, n) => `${road}${HOMES[n % HOMES.length]}` },
  { type: "建筑工地", count: 10, owner: "市住建局", name: (road, n) => `${road}路${n}号地块建设项目工地` },
  { type: "公交站点", count: 24, owner: "市交通运输局", name: (road) => `${road}路口公交站` },
  { type: "公交车", count: 6, owner: "市交通运输局", name: (_road, n) => `${n}路公交车` },
  { type: "政务大厅", count: 3, owner: "市政务服务中心", name: (_road, _n, street) => `${street}便民服务大厅` },
  { type: "新时代文明实践中心", count: 8, owner: "street", name: (_road, _n, street) => `${street}新时代文明实践所` },
  { type: "城乡接合部", count: 6, owner: "street", name: (road) => `${road}村城乡接合部` },
  { type: "商场超市", count: 8, owner: "市市场监管局", name: (road) => `${road}购物中心` },
  { type: "银行网点", count: 8, owner: "市市场监管局", name: (road) => `${road}路银行营业网点` },
  { type: "火车站", count: 1, owner: "市交通运输局", name: () => "嘉峪关南站" },
  { type: "长途汽车站", count: 1, owner: "市交通运输局", name: () => "长途汽车客运站" },
  { type: "景区", count: 2, owner: "市文广旅局", name: (road) => `${road}景区` },
  { type: "图书馆", count: 2, owner: "市文广旅局", name: (_road, _n, street) => `${street}图书分馆` },
  { type: "博物馆", count: 2, owner: "市文广旅局", name: (road) => `${road}民俗博物馆` },
  { type: "体育场馆", count: 3, owner: "市文广旅局", name: (road) => `${road}体育馆` },
  { type: "宾馆酒店", count: 8, owner: "市文广旅局", name: (road) => `${road}宾馆` },
  { type: "网吧", count: 6, owner: "市文广旅局", name: (road) => `${road}网咖` },
];

/** The other demo cities: the inspected types only, about twenty sites. */
export const OTHER_CITY_SITE_PLAN: SitePlanEntry[] = DEMO_CITY_SITE_PLAN.filter((entry) =>
  ["主次干道", "背街小巷", "主要交通路口", "集贸市场", "小区", "公交站点", "公共广场"].includes(entry.type),
).map((entry) => ({ ...entry, count: entry.type === "背街小巷" || entry.type === "小区" ? 4 : 2 }));

export type PlannedSite = {
  type: string;
  name: string;
  street: string;
  grid: string;
  address: string;
  latitude: string;
  longitude: string;
  /** A department name, or the street office of `street`. */
  owner: string | "street";
};

/**
 * The sites still to add so that each type reaches its planned count: `existing` are the sites
 * the city already has (the hand-written ones), whose names are not reused.
 */
export function planSites(
  plan: readonly SitePlanEntry[],
  {
    streets,
    existing,
    centre,
    seed,
  }: { streets: readonly string[]; existing: ReadonlyArray<{ type: string; name: string }>; centre: [number, number]; seed: number },
): PlannedSite[] {
  const random: Random = seededRandom(seed);
  const names = new Set(existing.map((site) => site.name));
  const sites: PlannedSite[] = [];
  for (const entry of plan) {
    const have = existing.filter((site) => site.type === entry.type).length;
    for (let n = 1; sites.filter((site) => site.type === entry.type).length < entry.count - have; n += 1) {
      const road = ROADS[Math.floor(random() * ROADS.length)];
      const street = streets[(n + entry.type.length) % streets.length];
      let name = entry.name(road, n, street);
      if (names.has(name)) name = `${name}（${nth(n)}）`;
      if (names.has(name)) continue;
      names.add(name);
      sites.push({
        type: entry.type,
        name,
        street,
        grid: `${street}第${1 + Math.floor(random() * 5)}网格`,
        address: `${road}路${1 + Math.floor(random() * 300)}号`,
        latitude: (centre[0] + (random() - 0.5) * 0.06).toFixed(6),
        longitude: (centre[1] + (random() - 0.5) * 0.09).toFixed(6),
        owner: entry.owner,
      });
    }
  }
  return sites;
}
