import { describe, expect, it } from "vitest";
import { periodSnapshot, provinceSnapshot, roundSnapshot } from "@/tests/support/bulletin-snapshots";
import type { BulletinFinding, BulletinTable } from "./bulletin-model";
import { buildBulletin, type BulletinSource } from "./build-bulletin";
import { renderBulletinHtml } from "./render-bulletin-html";

const city = { id: "c1", name: "嘉峪关市", slug: "jyg" };
const departments = [
  { name: "市城管局", composite: "92.3350", rank: 1 },
  { name: "市住建局", composite: "80.0049", rank: 2 },
  { name: "市体育局", composite: null, rank: null },
];
const photo = { data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), width: 4, height: 3 };
const finding: BulletinFinding = {
  criterion: "A-01 公共场所卫生",
  site: "人民广场",
  department: "市住建局",
  pointsLost: "2.50",
  checkedOn: "2026-11-25",
  description: "绿化带堆放垃圾",
  note: "联系人李四称已安排清理",
  inspector: "王督查",
  photo,
};

function source(overrides: Partial<BulletinSource> = {}): BulletinSource {
  return {
    publication: {
      title: "嘉峪关市2026年第12期创文督查通报（第12轮 周督查）",
      summary: "本期督查总体平稳。",
      issueYear: 2026,
      issueNumber: 12,
      publishedAt: new Date("2026-12-02T17:30:00Z"),
      reason: null,
    },
    corrected: null,
    snapshot: roundSnapshot({ city, departments }),
    findings: [finding],
    leaders: { 市住建局: "局长张三" },
    ...overrides,
  };
}

const tableOf = (bulletin: ReturnType<typeof buildBulletin>): BulletinTable => {
  for (const section of bulletin.sections) for (const block of section.blocks) if (block.kind === "table") return block.table;
  throw new Error("no table");
};
const textOf = (bulletin: ReturnType<typeof buildBulletin>) =>
  bulletin.sections.flatMap((section) =>
    section.blocks.flatMap((block) => ("text" in block ? [`${block.kind === "paragraph" ? (block.label ?? "") : ""}${block.text}`] : [])),
  );

describe("buildBulletin (round)", () => {
  const official = buildBulletin(source(), "OFFICIAL");

  it("heads the bulletin with the office, the issue number and the Shanghai date of publishing", () => {
    expect(official.issuer).toBe("嘉峪关市创建全国文明城市工作领导小组办公室");
    expect(official.issue).toBe("2026年第12期");
    expect(official.date).toBe("2026-12-03");
    expect(official.correction).toBeNull();
  });

  it("prints the snapshot's figures at 2 places (half away from zero) and — for an absent one", () => {
    expect(tableOf(official).rows).toEqual([
      ["1", "市城管局", "92.34", "—", "66.67", "92.34", "↑2"],
      ["2", "市住建局", "80.00", "—", "66.67", "80.00", "新上榜"],
      ["—", "市体育局", "—", "—", "66.67", "—", "新上榜"],
    ]);
    expect(textOf(official)[0]).toContain("全市综合得分87.45分，因一票否决项不得分，本轮被一票否决");
    expect(textOf(official)[0]).toContain("本期应整改问题5个，按期整改3个，逾期未整改1个");
  });

  it("lists red and black members with the escalation step, naming the leader to meet in the official variant", () => {
    expect(textOf(official)).toEqual(expect.arrayContaining(["红榜（1个）：市城管局", "黑榜（1个）：市体育局（连续2期上榜，约谈）"]));
    const withLeader = buildBulletin(source({ leaders: { 市体育局: "局长赵六" } }), "OFFICIAL");
    expect(textOf(withLeader)).toContain("黑榜（1个）：市体育局（连续2期上榜，约谈局长赵六）");
    expect(textOf(withLeader).some((text) => text.includes("对连续两期列入黑榜的市体育局，由市创建办约谈单位主要负责人"))).toBe(true);
    expect(textOf(buildBulletin(source({ leaders: { 市体育局: "局长赵六" } }), "PUBLIC")).join("")).not.toContain("赵六");
  });

  it("says what a correction corrects", () => {
    const correction = buildBulletin(
      source({
        corrected: { title: "嘉峪关市2026年第11期创文督查通报", issueYear: 2026, issueNumber: 11 },
        publication: { ...source().publication, issueNumber: 13, reason: "第3个点位的检查结果录入有误" },
      }),
      "OFFICIAL",
    );
    expect(correction.correction).toBe("本期更正2026年第11期《嘉峪关市2026年第11期创文督查通报》，更正原因：第3个点位的检查结果录入有误。");
    expect(correction.issue).toBe("2026年第13期");
    const publicCorrection = buildBulletin(
      source({
        corrected: { title: "嘉峪关市2026年第11期创文督查通报", issueYear: 2026, issueNumber: 11 },
        publication: { ...source().publication, issueNumber: 13, reason: "第3个点位的检查结果录入有误" },
      }),
      "PUBLIC",
    );
    // the reason is the office's: the public variant says what it corrects, not why
    expect(publicCorrection.correction).toBe("本期更正2026年第11期《嘉峪关市2026年第11期创文督查通报》。");
  });

  it("keeps the worst findings whole in the official variant and only departments, criteria and places in the public one", () => {
    const findingsOf = (bulletin: ReturnType<typeof buildBulletin>) =>
      bulletin.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === "findings" ? block.findings : [])));
    expect(findingsOf(official)).toEqual([finding]);
    expect(findingsOf(buildBulletin(source(), "PUBLIC"))).toEqual([{ ...finding, description: null, note: null, inspector: null, photo: null }]);
  });

  it("renders the public HTML without photos, notes or names", () => {
    const officialHtml = renderBulletinHtml(official);
    expect(officialHtml).toContain("data:image/jpeg;base64,");
    expect(officialHtml).toContain("王督查");
    expect(officialHtml).toContain("联系人李四称已安排清理");
    const publicHtml = renderBulletinHtml(buildBulletin(source({ leaders: { 市体育局: "局长赵六" } }), "PUBLIC"));
    for (const hidden of ["data:image", "<img", "王督查", "李四", "绿化带堆放垃圾", "赵六"]) expect(publicHtml).not.toContain(hidden);
    for (const shown of ["A-01 公共场所卫生", "人民广场", "市住建局", "2026年第12期（公开版）"]) expect(publicHtml).toContain(shown);
  });

  it("escapes text and names CJK fonts without loading any", () => {
    const html = renderBulletinHtml(buildBulletin(source({ publication: { ...source().publication, summary: "<script>alert(1)</script>" } }), "OFFICIAL"));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('"Noto Serif CJK SC"');
    expect(html).toContain("@page { size: A4;");
    expect(html).not.toMatch(/@import|url\(|<link|https?:\/\//);
  });
});

describe("buildBulletin (period and province)", () => {
  it("a period bulletin names the rounds averaged and shows how many rounds each department was scored in", () => {
    const bulletin = buildBulletin(source({ snapshot: periodSnapshot({ city, departments }), findings: [] }), "OFFICIAL");
    expect(textOf(bulletin)[0]).toContain("汇总2轮督查（第10轮、第11轮）。全市平均得分85.00分，其中1轮被一票否决");
    expect(tableOf(bulletin).columns.map((column) => column.title)).toContain("测评轮次");
    expect(tableOf(bulletin).rows[0]).toEqual(["1", "市城管局", "92.34", "—", "—", "92.34", "2", "↑2"]);
    expect(bulletin.sections.map((section) => section.heading)).toEqual(["总体情况", "各单位测评结果", "红黑榜", "整改要求"]);
  });

  it("a province bulletin ranks the cities", () => {
    const snapshot = provinceSnapshot({
      province: { id: "p", name: "甘肃省", code: "62" },
      cities: [
        { id: "a", name: "嘉峪关市", slug: "a", score: "91.2050", rank: 1 },
        { id: "b", name: "酒泉市", slug: "b", score: null, rank: null },
      ],
    });
    const bulletin = buildBulletin(source({ snapshot, findings: [], leaders: {} }), "PUBLIC");
    expect(bulletin.issuer).toBe("甘肃省精神文明建设指导委员会办公室");
    expect(tableOf(bulletin).rows).toEqual([
      ["1", "嘉峪关市", "91.21", "0", "—"],
      ["—", "酒泉市", "—", "0", "—"],
    ]);
  });
});
