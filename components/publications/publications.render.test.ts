import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import type { PublishedList } from "@/lib/domain/publications/snapshot-schema";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import type { PublicationListItem } from "@/lib/server/publications/publication-dto";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { BulletinLinks } from "./bulletin-links";
import { CorrectionForm } from "./correction-form";
import { PeriodPicker } from "./period-picker";
import type { PreviewView } from "./preview-view";
import { letterDepartmentsOf } from "./publication-tools";
import { PublicationTable } from "./publication-table";
import { RoundPublishPanel } from "./round-publish-panel";
import { RoundPublished } from "./round-published";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined, push: () => undefined }) }));
vi.mock("@/lib/actions/publications", () => ({
  previewPublicationAction: vi.fn(),
  publishPublicationAction: vi.fn(),
  previewProvincePublicationAction: vi.fn(),
  publishProvincePublicationAction: vi.fn(),
  correctPublicationAction: vi.fn(),
}));

const t = createTranslator(messagesFor("zh-CN"));

const list: PublishedList = {
  id: "l1",
  name: "综合红黑榜",
  isDefault: true,
  metric: "COMPOSITE",
  members: { kind: "ALL" },
  redCount: 1,
  blackCount: 2,
  blackThreshold: "85",
  ranking: [
    { department: "市城管局", rank: 1, value: "92.3450", movement: { kind: "UP", by: 2 } },
    { department: "市住建局", rank: 2, value: "80.0000", movement: { kind: "DOWN", by: 1 } },
    { department: "新华街道", rank: 3, value: "70.0000", movement: { kind: "NEW" } },
  ],
  redList: ["市城管局"],
  blackList: [
    { department: "市住建局", level: 2, step: "LEADER_MEETING" },
    { department: "新华街道", level: 1, step: "REMINDER_LETTER" },
  ],
};

const row = (name: string, rank: number, composite: string) => ({
  name,
  kind: "BUREAU" as const,
  rank,
  inspectionScore: composite,
  rectificationRate: "100.00",
  ledgerCompleteness: null,
  composite,
  overdueOpen: 0,
  movement: null,
});

const roundPreview: PreviewView = {
  scope: "CITY",
  kind: "ROUND",
  owner: "嘉峪关市",
  cityScore: "87.65",
  vetoed: true,
  lists: [list],
  departments: [row("市城管局", 1, "92.35"), row("市住建局", 2, "80.00"), row("新华街道", 3, "70.00")],
};

/** React's text separators (<!-- -->) left out, so joined text reads as shown. */
const panel = (props: Partial<Parameters<typeof RoundPublishPanel>[0]>) =>
  renderInChinese(createElement(RoundPublishPanel, { roundId: "r1", ...props })).replace(/<!-- -->/g, "");

describe("the round's 发布 panel", () => {
  it("starts with 预览 only: nothing to publish before the preview", () => {
    const html = panel({});
    expect(html).toMatch(/>预览<\/button>/);
    expect(html).not.toMatch(/>发布<\/button>/);
  });

  it("previews what would be frozen: city score and veto, red and black members with escalation and movement, the department table", () => {
    const html = panel({ initialPreview: roundPreview });
    expect(html).toContain("87.65");
    expect(html).toContain("一票否决");
    expect(html).toContain("综合红黑榜");
    expect(html).toContain("市住建局 · 约谈（第2次）");
    expect(html).toContain("新华街道 · 提醒函（第1次）");
    expect(html).toContain("↑2");
    expect(html).toContain("新上榜");
    expect(html).toContain("<caption");
    expect(html).toContain("责任单位成绩");
    expect(html).toMatch(/<label[^>]*for="publish-r1-title"[^>]*>标题（可选）/);
    expect(html).toMatch(/<label[^>]*for="publish-r1-summary"[^>]*>摘要（可选）/);
    expect(html).toMatch(/>重新预览<\/button>/);
    expect(html).toMatch(/>发布<\/button>/);
  });

  it("says an issue already standing is corrected, not published twice, and links to it", () => {
    const html = panel({
      initialFailure: { ok: false, code: "ALREADY_PUBLISHED", formError: "已发布过；如需修改，请发布更正。", details: { publicationId: "p-standing" } },
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain("请使用更正");
    expect(html).toContain('href="/publications/p-standing"');
    expect(html).toContain("查看已发布的通报");
  });

  it("sends unanswered appeals to the appeals section, and an open round to be closed first", () => {
    const appeals = panel({ initialFailure: { ok: false, code: "APPEALS_OPEN", formError: "该轮次还有 2 条申诉未答复，答复后才能发布。" } });
    expect(appeals).toContain("该轮次还有 2 条申诉未答复");
    expect(appeals).toContain('href="#appeals"');
    expect(appeals).toContain("前往答复申诉");
    const open = panel({ initialFailure: { ok: false, code: "ROUND_NOT_CLOSED", formError: "轮次结束后才能发布结果。" } });
    expect(open).toContain("结束督查后才能发布结果");
  });

  it("shows a refused title beside its field, not as a refusal", () => {
    const html = panel({
      initialPreview: roundPreview,
      initialFailure: { ok: false, code: "VALIDATION_FAILED", fieldErrors: { title: ["标题不能超过 200 字"] } },
    });
    expect(html).toMatch(/id="publish-r1-title"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="publish-r1-title"/);
    expect(html).toMatch(/<p id="publish-r1-title-error"[^>]*>标题不能超过 200 字<\/p>/);
    expect(html).not.toContain("输入有误");
  });

  it("says a published round is published, with its page and bulletin", () => {
    const publication = { id: "p1", title: "嘉峪关市创文督查通报2026年第12期" } as PublicationListItem;
    const html = renderInChinese(createElement(RoundPublished, { publication, canReadOfficial: true, t }));
    expect(html).toContain("已发布：嘉峪关市创文督查通报2026年第12期");
    expect(html).toContain('href="/publications/p1"');
    expect(html).toContain('href="/api/v1/publications/p1/bulletin"');
  });
});

describe("the 更正 form", () => {
  it("is a button until opened", () => {
    const html = renderInChinese(createElement(CorrectionForm, { publicationId: "p1", scope: "CITY" }));
    expect(html).toMatch(/>更正<\/button>/);
    expect(html).not.toContain("更正原因");
  });

  it("puts a missing reason beside the reason field", () => {
    const html = renderInChinese(
      createElement(CorrectionForm, {
        publicationId: "p1",
        scope: "CITY",
        initialResult: { ok: false, code: "VALIDATION_FAILED", fieldErrors: { reason: ["请说明更正原因"] } },
      }),
    );
    expect(html).toMatch(/<label[^>]*for="correction-p1-reason"[^>]*>更正原因/);
    expect(html).toMatch(/<p id="correction-p1-reason-error"[^>]*>请说明更正原因<\/p>/);
    expect(html).toMatch(/<textarea[^>]*aria-invalid="true"[^>]*name="reason"|<textarea[^>]*id="correction-p1-reason"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/>发布更正<\/button>/);
  });

  it("shows a refusal that is no field's (already corrected) above the buttons", () => {
    const html = renderInChinese(
      createElement(CorrectionForm, {
        publicationId: "p1",
        scope: "CITY",
        initialResult: { ok: false, code: "ALREADY_SUPERSEDED", formError: "该通报已被更正，请在最新的更正上再作更正。" },
      }),
    );
    expect(html).toContain("该通报已被更正，请在最新的更正上再作更正。");
  });
});

const item = (overrides: Partial<PublicationListItem>): PublicationListItem => ({
  id: "p1",
  scope: "CITY",
  kind: "ROUND",
  city: { id: "c1", name: "嘉峪关市" },
  round: { id: "r1", name: "第12周督查" },
  periodStart: "2026-11-23",
  periodEnd: "2026-11-29",
  title: "嘉峪关市创文督查通报2026年第12期",
  publishedAt: "2026-12-01T02:00:00.000Z",
  supersededBy: null,
  ...overrides,
});

describe("the publications list", () => {
  it("marks a superseded publication 已被更正 with a link to its correction, and a standing one 有效", () => {
    const html = renderInChinese(
      createElement(PublicationTable, {
        items: [item({ id: "p2", title: "更正通报" }), item({ supersededBy: "p2" })],
        canReadOfficial: true,
        t,
      }),
    );
    expect(html).toContain("已被更正");
    expect(html).toContain("查看更正");
    expect(html).toMatch(/href="\/publications\/p2"[^>]*>查看更正/);
    expect(html).toContain("有效");
    expect(html).toContain("2026-12-01 10:00");
    expect(html).toContain("第12周督查");
    expect(html).toContain('href="/api/v1/publications/p1/bulletin"');
  });

  it("gives a liaison the public bulletin, and says when nothing is published", () => {
    const html = renderInChinese(createElement(PublicationTable, { items: [item({})], canReadOfficial: false, t }));
    expect(html).toContain('href="/api/v1/publications/p1/bulletin?variant=public"');
    expect(renderInChinese(createElement(PublicationTable, { items: [], canReadOfficial: true, t }))).toContain("还没有发布");
  });
});

describe("bulletin downloads", () => {
  it("link the official .docx, the printable page and a letter to each department entering a black list", () => {
    const html = renderInChinese(createElement(BulletinLinks, { publicationId: "p1", canReadOfficial: true, letterDepartments: ["新华街道"], t }));
    expect(html).toContain('href="/api/v1/publications/p1/bulletin"');
    expect(html).toContain("下载通报（Word）");
    expect(html).toContain('href="/api/v1/publications/p1/bulletin?format=html"');
    expect(html).toContain(`href="/api/v1/publications/p1/letters/${encodeURIComponent("新华街道")}"`);
    expect(html).toContain("新华街道提醒函");
  });

  it("give a liaison the public variant", () => {
    const html = renderInChinese(createElement(BulletinLinks, { publicationId: "p1", canReadOfficial: false, letterDepartments: [], t }));
    expect(html).toContain("下载通报（公开版 Word）");
    expect(html).toContain("bulletin?variant=public&amp;format=html");
    expect(html).not.toContain('href="/api/v1/publications/p1/bulletin"');
  });

  it("letters go to level-1 black-list entries only, each department once, a liaison's own only", () => {
    const second: PublishedList = { ...list, id: "l2", blackList: [{ department: "新华街道", level: 1, step: "REMINDER_LETTER" }] };
    expect(letterDepartmentsOf([list, second])).toEqual(["新华街道"]);
    expect(letterDepartmentsOf([list, second], "市城管局")).toEqual([]);
  });
});

describe("the period picker", () => {
  const choice = { kind: "MONTH" as const, year: 2026, month: 11, quarter: 4, cycleId: "" };
  it("shows the period it fills and the server's period errors beside it", () => {
    const html = renderInChinese(
      createElement(PeriodPicker, {
        idPrefix: "pp",
        kinds: ["MONTH", "QUARTER", "YEAR", "CYCLE"],
        value: choice,
        onChange: () => undefined,
        years: [2026, 2025],
        errors: ["结束日期不能早于开始日期"],
        t,
      }),
    );
    expect(html).toContain("期间：2026-11-01 至 2026-11-30");
    expect(html).toMatch(/<label[^>]*for="pp-month"[^>]*>月份/);
    expect(html).toContain("结束日期不能早于开始日期");
  });

  it("offers the city's cycles, and says when there is none", () => {
    const none = renderInChinese(
      createElement(PeriodPicker, { idPrefix: "pp", kinds: ["CYCLE"], value: { ...choice, kind: "CYCLE" }, onChange: () => undefined, years: [2026], t }),
    );
    expect(none).toContain("本市还没有创建周期");
    expect(none).not.toContain("期间：");
  });
});
