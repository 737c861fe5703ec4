import { addDays, parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import type { CitizenReportStatus, FindingStatus } from "@/lib/generated/prisma/enums";
import { countReportRating, countReportTransition } from "@/lib/server/citizen-reports/report-counts";
import type { Tx } from "@/lib/server/tx";
import type { SampleFile } from "./evidence-images";
import type { DemoOrganisation } from "./seed-organisation";

// 文明随手拍 in the demo: each city's report categories (the demo city's mapped to criteria of
// the sample edition) and reports in every state, counted in the public figures exactly as the
// app counts them. Findings made from reports are due from today on, so no closed round's
// stored score changes.

const DEMO_CATEGORIES: [name: string, criterionCode: string][] = [
  ["环境卫生", "C06-01-2"],
  ["公益广告", "C02-01-2"],
  ["交通秩序", "C07-02-1"],
  ["市场秩序", "C06-02-1"],
  ["公共设施", "C08-01-2"],
  ["文明行为", "C06-01-1"],
];
const OTHER_CATEGORIES = ["环境卫生", "交通秩序", "公共设施"];

type Fate = { status: CitizenReportStatus; finding?: FindingStatus | "MERGED"; rating?: { satisfied: boolean; comment?: string }; closedDaysAgo?: number };
type DemoReport = { category: string; description: string; street: string; address: string; contact: string | null; photos: number; hoursAgo: number } & Fate;

const REPORTS: DemoReport[] = [
  {
    category: "环境卫生",
    description: "小区门口垃圾桶满溢，周边散落生活垃圾，气味较大。",
    street: "五一街道",
    address: "新华中路 88 号小区南门",
    contact: "13909370001",
    photos: 2,
    hoursAgo: 3,
    status: "RECEIVED",
  },
  {
    category: "公益广告",
    description: "公交站台的公益广告画面褪色破损，部分文字看不清。",
    street: "胜利街道",
    address: "雄关东路公交站（市医院站）",
    contact: null,
    photos: 1,
    hoursAgo: 6,
    status: "RECEIVED",
  },
  {
    category: "交通秩序",
    description: "早高峰学校门口车辆随意停放，占用人行道。",
    street: "前进街道",
    address: "五一路实验小学东门",
    contact: "parent.jyg@example.com",
    photos: 0,
    hoursAgo: 20,
    status: "RECEIVED",
  },
  {
    category: "市场秩序",
    description: "农贸市场入口地面长期积水，下水口堵塞。",
    street: "建设街道",
    address: "迎宾路农贸市场北入口",
    contact: "13909370004",
    photos: 1,
    hoursAgo: 27,
    status: "RECEIVED",
  },
  {
    category: "公共设施",
    description: "背街小巷路面塌陷出现坑洼，夜间行走不安全。",
    street: "新华街道",
    address: "民主巷 12 号附近",
    contact: "13909370005",
    photos: 1,
    hoursAgo: 30,
    status: "RECEIVED",
  },
  {
    category: "文明行为",
    description: "广场围墙被乱涂乱画，张贴大量小广告。",
    street: "五一街道",
    address: "雄关广场西侧围墙",
    contact: "13909370006",
    photos: 1,
    hoursAgo: 50,
    status: "ACCEPTED",
    finding: "OPEN",
  },
  {
    category: "环境卫生",
    description: "河道边绿化带内堆放建筑垃圾。",
    street: "峪泉镇",
    address: "讨赖河东岸步道入口",
    contact: null,
    photos: 1,
    hoursAgo: 60,
    status: "ACCEPTED",
    finding: "OPEN",
  },
  {
    category: "公共设施",
    description: "人行道地砖松动翘起，雨后溅水。",
    street: "胜利街道",
    address: "新华南路 20 号门前",
    contact: "13909370008",
    photos: 1,
    hoursAgo: 75,
    status: "RECTIFYING",
    finding: "DISPATCHED",
  },
  {
    category: "交通秩序",
    description: "路口非机动车闯红灯较多，缺少劝导。",
    street: "前进街道",
    address: "新华路与五一路交叉口",
    contact: "13909370009",
    photos: 0,
    hoursAgo: 90,
    status: "RECTIFYING",
    finding: "SUBMITTED",
  },
  {
    category: "环境卫生",
    description: "道路两侧有乱扔垃圾现象，清扫不及时。",
    street: "建设街道",
    address: "建设西路",
    contact: "13909370010",
    photos: 1,
    hoursAgo: 100,
    status: "RECTIFYING",
    finding: "MERGED",
  },
  {
    category: "环境卫生",
    description: "小区垃圾清运不及时，连续两天未清运。",
    street: "新华街道",
    address: "朝阳小区 3 号楼旁",
    contact: "13909370011",
    photos: 2,
    hoursAgo: 140,
    status: "RECTIFIED",
    finding: "VERIFIED",
    rating: { satisfied: true, comment: "处理很快，谢谢！" },
  },
  {
    category: "公益广告",
    description: "工地围挡公益广告污损，画面被遮挡。",
    street: "胜利街道",
    address: "兰新路东段在建工地",
    contact: null,
    photos: 1,
    hoursAgo: 160,
    status: "RECTIFIED",
    finding: "VERIFIED",
    rating: { satisfied: false, comment: "只换了一面，其他几面还是旧的。" },
  },
  {
    category: "市场秩序",
    description: "市场内摊位占道经营，通道拥堵。",
    street: "五一街道",
    address: "东湖市场",
    contact: "13909370013",
    photos: 1,
    hoursAgo: 180,
    status: "RECTIFIED",
    finding: "VERIFIED",
  },
  {
    category: "文明行为",
    description: "有人在公园草坪上烧烤。",
    street: "峪泉镇",
    address: "东湖生态公园",
    contact: "13909370014",
    photos: 0,
    hoursAgo: 96,
    status: "REJECTED",
    closedDaysAgo: 3,
  },
  {
    category: "公共设施",
    description: "路灯不亮。",
    street: "新华街道",
    address: "（未详细说明）",
    contact: null,
    photos: 0,
    hoursAgo: 24 * 205,
    status: "REJECTED",
    closedDaysAgo: 200,
  },
];

const REJECTION_REASONS = ["公园草坪烧烤属园林执法事项，已转市园林管理部门处理，不纳入创文问题。", "地点描述不清，无法核实，欢迎补充具体位置后重新上报。"];

export async function seedCitizenReports(tx: Tx, org: DemoOrganisation, options: { officeUserId: string; photos: SampleFile[] }) {
  const now = Date.now();
  const hoursAgo = (hours: number) => new Date(now - hours * 3600_000);
  const city = org.jiayuguan.city;
  const year = todayInShanghai().slice(0, 4);
  const categories = new Map<string, { id: string; criterionId: string | null }>();
  for (const [index, [name, code]] of DEMO_CATEGORIES.entries()) {
    const criterion = await tx.criterion.findFirst({ where: { code, cityId: null, edition: { cycles: { some: { cityId: city.id } } } }, select: { id: true } });
    const category = await tx.reportCategory.create({ data: { cityId: city.id, name, criterionId: criterion?.id ?? null, sortOrder: index } });
    categories.set(name, { id: category.id, criterionId: category.criterionId });
  }
  for (const other of [org.zhangye.city, org.jiuquan.city]) {
    await tx.reportCategory.createMany({ data: OTHER_CATEGORIES.map((name, sortOrder) => ({ cityId: other.id, name, sortOrder })) });
  }
  const merged = await tx.finding.findFirst({
    where: { cityId: city.id, origin: "CHECK", status: "DISPATCHED" },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  const fallbackDepartment = org.jiayuguan.departments[0].id;
  let photoIndex = 0;
  let rejected = 0;
  for (const [index, demo] of REPORTS.entries()) {
    const category = categories.get(demo.category)!;
    const receivedAt = hoursAgo(demo.hoursAgo);
    const statusAt = demo.status === "RECEIVED" ? receivedAt : hoursAgo(demo.hoursAgo / 3);
    const closedAt = demo.closedDaysAgo !== undefined ? hoursAgo(demo.closedDaysAgo * 24) : demo.status === "RECTIFIED" ? statusAt : null;
    const isErased = demo.closedDaysAgo !== undefined && demo.closedDaysAgo > 180;
    const report = await tx.citizenReport.create({
      data: {
        cityId: city.id,
        code: `SP-${year}-${demoCode(index)}`,
        categoryId: category.id,
        description: demo.description,
        street: demo.street,
        address: demo.address,
        latitude: index % 3 === 0 ? null : 39.8 + index / 1000,
        longitude: index % 3 === 0 ? null : 98.29 + index / 1000,
        contact: isErased ? null : (demo.contact ?? null),
        contactErasedAt: isErased ? hoursAgo((demo.closedDaysAgo! - 180) * 24) : null,
        status: demo.status,
        statusAt,
        receivedAt,
        createdAt: receivedAt,
        acceptedAt: demo.finding ? hoursAgo(demo.hoursAgo / 2) : null,
        rectifiedAt: demo.status === "RECTIFIED" ? statusAt : null,
        closedAt,
        rejectionReason: demo.status === "REJECTED" ? REJECTION_REASONS[rejected++ % REJECTION_REASONS.length] : null,
        moderatedById: demo.status === "RECEIVED" ? null : options.officeUserId,
        ratingSatisfied: demo.rating?.satisfied ?? null,
        ratingComment: demo.rating?.comment ?? null,
        ratedAt: demo.rating ? hoursAgo(demo.hoursAgo / 4) : null,
        clientAddressHash: `demo-seed-${index}`,
      },
    });
    await countReportTransition(tx, city.id, null, "RECEIVED");
    if (demo.status !== "RECEIVED") await countReportTransition(tx, city.id, "RECEIVED", demo.status);
    if (demo.rating) await countReportRating(tx, city.id, demo.rating.satisfied);
    for (let n = 0; n < demo.photos; n += 1) {
      const photo = options.photos[photoIndex++ % options.photos.length];
      await tx.evidenceFile.create({
        data: { ...photo, cityId: city.id, originalName: `随手拍-${n + 1}.jpg`, citizenReportId: report.id, createdAt: receivedAt },
      });
    }
    if (!demo.finding) continue;
    if (demo.finding === "MERGED") {
      await tx.citizenReport.update({ where: { id: report.id }, data: { findingId: merged?.id ?? null } });
      continue;
    }
    const departmentId = (await leadDepartment(tx, city.id, category.criterionId)) ?? fallbackDepartment;
    await findingFromReport(tx, {
      report,
      criterionId: category.criterionId,
      departmentId,
      status: demo.finding,
      officeUserId: options.officeUserId,
      categoryName: demo.category,
      photo: options.photos[index % options.photos.length],
    });
  }
  // Demo reports of the other cities: waiting for their offices.
  for (const [offset, other] of [org.zhangye.city, org.jiuquan.city].entries()) {
    const category = await tx.reportCategory.findFirstOrThrow({ where: { cityId: other.id, name: "环境卫生" } });
    await tx.citizenReport.create({
      data: {
        cityId: other.id,
        code: `SP-${year}-${demoCode(REPORTS.length + offset)}`,
        categoryId: category.id,
        description: "街道两侧垃圾清运不及时。",
        street: "城区",
        address: "中心广场东侧",
        receivedAt: hoursAgo(10 + offset),
        statusAt: hoursAgo(10 + offset),
        clientAddressHash: `demo-seed-other-${offset}`,
      },
    });
    await countReportTransition(tx, other.id, null, "RECEIVED");
  }
  return { categories: DEMO_CATEGORIES.length + 2 * OTHER_CATEGORIES.length, reports: REPORTS.length + 2 };
}

const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Fixed demo codes of the tracking code's shape (5 characters of the unambiguous alphabet). */
function demoCode(index: number): string {
  return `D${"EMQ"[index % 3]}${CODE_ALPHABET[(index * 7) % CODE_ALPHABET.length]}${CODE_ALPHABET[index % CODE_ALPHABET.length]}${CODE_ALPHABET[(index * 3 + 5) % CODE_ALPHABET.length]}`;
}

async function leadDepartment(tx: Tx, cityId: string, criterionId: string | null): Promise<string | null> {
  if (!criterionId) return null;
  const lead = await tx.cityCriterionDepartment.findFirst({ where: { cityId, criterionId, role: "LEAD" }, select: { departmentId: true } });
  return lead?.departmentId ?? null;
}

type FromReport = {
  report: { id: string; cityId: string; code: string; description: string; acceptedAt: Date | null };
  criterionId: string | null;
  departmentId: string;
  status: FindingStatus;
  officeUserId: string;
  categoryName: string;
  photo: SampleFile;
};

/** The finding the office made from a report, at the step of the loop the demo shows, with its events. */
async function findingFromReport(tx: Tx, input: FromReport) {
  const today = todayInShanghai();
  const isVerified = input.status === "VERIFIED";
  const finding = await tx.finding.create({
    data: {
      cityId: input.report.cityId,
      criterionId: input.criterionId,
      departmentId: input.departmentId,
      description: `【随手拍 ${input.report.code}】${input.categoryName}：${input.report.description}`,
      dueDate: parseBusinessDate(addDays(today, isVerified ? 2 : 6)),
      status: input.status,
      origin: "CITIZEN_REPORT",
      citizenReportId: input.report.id,
      verifiedOn: isVerified ? parseBusinessDate(today) : null,
      verifiedAt: isVerified ? new Date() : null,
      createdAt: input.report.acceptedAt ?? new Date(),
    },
  });
  await tx.citizenReport.update({ where: { id: input.report.id }, data: { findingId: finding.id } });
  const kinds = { OPEN: [], DISPATCHED: ["DISPATCHED"], SUBMITTED: ["DISPATCHED", "REPLIED"], VERIFIED: ["DISPATCHED", "REPLIED", "VERIFIED"] }[
    input.status as "OPEN"
  ] as string[];
  const start = (input.report.acceptedAt ?? new Date()).getTime();
  for (const [step, kind] of kinds.entries()) {
    const event = await tx.rectificationEvent.create({
      data: {
        cityId: finding.cityId,
        findingId: finding.id,
        kind: kind as "DISPATCHED",
        note: kind === "REPLIED" ? "已安排人员现场处理，整改完毕。" : null,
        actorId: kind === "REPLIED" ? null : input.officeUserId,
        createdAt: new Date(Math.min(Date.now(), start + (step + 1) * 3600_000)),
      },
    });
    if (kind === "REPLIED") {
      await tx.evidenceFile.create({ data: { ...input.photo, cityId: finding.cityId, originalName: "整改后.jpg", rectificationEventId: event.id } });
    }
  }
}
