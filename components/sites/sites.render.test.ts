import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { SiteForm } from "./site-form";
import { SiteImportPanel } from "./site-import-panel";
import { SiteImportPreview } from "./site-import-preview";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));
vi.mock("@/lib/actions/sites", () => ({ createSiteAction: vi.fn(), updateSiteAction: vi.fn(), deactivateSiteAction: vi.fn() }));

const options = { types: [{ id: "t1", name: "背街小巷" }], departments: [{ id: "d1", name: "市城管局" }], streets: ["雄关街道"] };

describe("the site screens", () => {
  it("label every field of the site form in Chinese, with the code's rule beside it", () => {
    const html = renderInChinese(createElement(SiteForm, { options }));
    for (const [id, label] of [
      ["site-new-name", "点位名称"],
      ["site-new-code", "点位编号"],
      ["site-new-siteTypeId", "点位类型"],
      ["site-new-responsibleDepartmentId", "包点单位"],
      ["site-new-street", "街道"],
      ["site-new-grid", "网格"],
      ["site-new-longitude", "经度"],
      ["site-new-latitude", "纬度"],
    ]) {
      expect(html).toMatch(new RegExp(`<label[^>]*for="${id}"[^>]*>${label}`));
    }
    expect(html).toContain("英文字母、数字和短横线");
    expect(html).toContain(">背街小巷</option>");
    expect(html).toContain('<option value="雄关街道">');
  });

  it("fill the edit form with the site's values", () => {
    const site = {
      id: "s1",
      cityId: "c",
      code: "D-0001",
      name: "人民路",
      siteType: { id: "t1", name: "背街小巷" },
      street: "雄关街道",
      grid: null,
      address: null,
      latitude: "39.8",
      longitude: "98.2",
      responsibleDepartment: { id: "d1", name: "市城管局" },
      active: true,
      version: 3,
    };
    const html = renderInChinese(createElement(SiteForm, { site, options }));
    expect(html).toMatch(/id="site-s1-code"[^>]*value="D-0001"/);
    expect(html).toMatch(/id="site-s1-latitude"[^>]*value="39.8"/);
  });

  it("label the import file 点位文件, offer 预览, and preview counts and rows with generated codes marked", () => {
    const panel = renderInChinese(createElement(SiteImportPanel));
    expect(panel).toMatch(/<label[^>]*for="site-list-file"[^>]*>点位文件<\/label>/);
    expect(panel).toContain(">预览</button>");
    const html = renderInChinese(
      createElement(SiteImportPreview, {
        preview: {
          counts: { sites: 21, streets: 2, departments: 1 },
          types: [{ name: "背街小巷", sites: 21 }],
          rows: [{ row: 2, name: "人民路", siteType: "背街小巷", street: "雄关街道", grid: null, responsibleDepartment: "市城管局", code: null }],
        },
      }),
    );
    expect(html).toContain("共 21 个点位，分布在 2 个街道，涉及 1 个包点单位。");
    expect(html).toContain("自动编号");
    expect(html).toContain("另有 20 个点位未在此列出。");
  });
});
