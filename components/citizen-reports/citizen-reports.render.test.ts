import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import type { CitizenReportItem } from "@/lib/validation/citizen-reports-office";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { AcceptReportForm } from "./accept-report-form";
import { ReportTable } from "./report-table";

vi.mock("@/lib/actions/citizen-reports", () => ({ acceptReportAction: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const t = createTranslator(messagesFor("zh-CN"));

const item = (overrides: Partial<CitizenReportItem>): CitizenReportItem => ({
  id: "r1",
  code: "SP-2026-7K3Q9",
  status: "RECEIVED",
  category: { id: "c", name: "环境卫生", criterionId: null },
  description: "垃圾桶满溢",
  place: { street: "五一街道", address: "新华中路 88 号", position: { latitude: 39.8012341, longitude: 98.2901234 } },
  photos: [{ id: "p1", url: "/api/v1/evidence/p1", thumbnailUrl: "/api/v1/evidence/p1?thumbnail=1" }],
  contact: "13909370001",
  contactErased: false,
  receivedAt: "2026-03-01T02:05:00.000Z",
  statusAt: "2026-03-01T02:05:00.000Z",
  closedAt: null,
  rejectionReason: null,
  findingId: null,
  rating: null,
  version: 1,
  ...overrides,
});

describe("the report queue", () => {
  it("shows the photo thumbnail, the place with plain coordinates (no outside map), the contact and the time in Shanghai", () => {
    const html = renderInChinese(createElement(ReportTable, { items: [item({})], t }));
    expect(html).toContain('href="/citizen-reports/r1"');
    expect(html).toContain('src="/api/v1/evidence/p1?thumbnail=1"');
    expect(html).toContain("39.801234, 98.290123");
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain("13909370001");
    expect(html).toContain("2026-03-01 10:05");
    expect(html).toContain("待处理");
  });

  it("says an erased contact was erased, and shows the rating", () => {
    const html = renderInChinese(
      createElement(ReportTable, {
        items: [item({ contact: null, contactErased: true, status: "RECTIFIED", rating: { satisfied: false, comment: "没修好", ratedAt: null } })],
        t,
      }),
    );
    expect(html).toContain("已清除");
    expect(html).toContain("已整改");
    expect(html).toContain("不满意");
  });
});

describe("the accept form", () => {
  it("preselects the suggested department and the category's criterion", () => {
    const html = renderInChinese(
      createElement(AcceptReportForm, {
        reportId: "r1",
        options: {
          departments: [
            { id: "d2", name: "市城管局", isSuggested: true },
            { id: "d1", name: "市住建局", isSuggested: false },
          ],
          criteria: [{ id: "k1", code: "C06-01-2", name: "垃圾清运及时" }],
          defaultCriterionId: "k1",
        },
      }),
    );
    expect(html).toMatch(/<option value="d2" selected="">市城管局（推荐）<\/option>/);
    expect(html).toMatch(/<option value="k1" selected="">C06-01-2 垃圾清运及时<\/option>/);
    expect(html).toContain('type="date"');
  });
});
