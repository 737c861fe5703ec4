import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import type { FindingItem } from "@/lib/validation/findings";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { FindingPhotos } from "./finding-photos";
import { FindingTable } from "./finding-table";
import { MyFindings } from "./my-findings";
import { ReplyForm } from "./reply-form";

vi.mock("@/lib/actions/findings", () => ({ dispatchFindingsAction: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));

const t = createTranslator(messagesFor("zh-CN"));

const item = (overrides: Partial<FindingItem>): FindingItem => ({
  id: "f1",
  status: "DISPATCHED",
  criterion: { id: "c", code: "C01-01-1", title: "无乱扔乱贴" },
  site: { id: "s", name: "人民路" },
  round: { id: "r", name: "第10周督查" },
  department: { id: "d", name: "市城管局" },
  description: "路面有垃圾",
  dueDate: "2026-03-09",
  overdue: true,
  falseRectification: false,
  verifiedOn: null,
  version: 1,
  ...overrides,
});

describe("the finding table", () => {
  it("gives the office a labelled checkbox per row and the 交办 bar, with status and overdue badges", () => {
    const html = renderInChinese(
      createElement(FindingTable, { items: [item({}), item({ id: "f2", description: "井盖缺失", status: "OPEN", overdue: false })], canDispatch: true }),
    );
    expect(html).toContain('aria-label="选择 路面有垃圾"');
    expect(html).toContain('aria-label="全选本页"');
    expect(html).toMatch(/>交办<\/button>/);
    expect(html).toContain("整改中");
    expect(html).toContain("已逾期");
    expect(html).toContain("待交办");
    expect(html).toContain('href="/findings/f1"');
  });

  it("shows no checkboxes to a reader who cannot dispatch", () => {
    const html = renderInChinese(createElement(FindingTable, { items: [item({})], canDispatch: false }));
    expect(html).not.toContain('type="checkbox"');
    expect(html).not.toContain(">交办</button>");
  });
});

describe("the liaison's 问题整改", () => {
  it("lists overdue before returned and due soon, each opening its finding", () => {
    const groups = { overdue: [item({})], returned: [item({ id: "f2", description: "广告破损", status: "RETURNED", overdue: false })], dueSoon: [], open: [] };
    const html = renderInChinese(createElement(MyFindings, { groups, t }));
    expect(html.indexOf("已逾期")).toBeLessThan(html.indexOf("被退回"));
    expect(html).toContain('href="/findings/f2"');
    expect(html).toContain("期限 2026-03-09");
  });
});

describe("the reply form", () => {
  it("takes a text and camera photos on one screen", () => {
    const html = renderInChinese(createElement(ReplyForm, { finding: { id: "f1", version: 2 } }));
    expect(html).toContain('name="text"');
    expect(html).toContain('accept="image/*"');
    expect(html).toContain("multiple");
    expect(html).toMatch(/>提交整改<\/button>/);
  });
});

describe("before and after photos", () => {
  it("sit side by side, each a thumbnail linking to the full photo", () => {
    const photo = (id: string) => ({ id, url: `/api/v1/evidence/${id}`, thumbnailUrl: `/api/v1/evidence/${id}?thumbnail=1` });
    const html = renderInChinese(createElement(FindingPhotos, { before: [photo("b1")], after: [], t }));
    expect(html).toContain("整改前");
    expect(html).toContain("整改后");
    expect(html).toContain('src="/api/v1/evidence/b1?thumbnail=1"');
    expect(html).toContain("暂无照片");
  });
});
