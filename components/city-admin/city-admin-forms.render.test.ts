import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { CityForm } from "./city-form";
import { CycleForm } from "./cycle-form";
import { ProvinceForm } from "./province-form";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined, push: () => undefined }) }));
vi.mock("@/lib/actions/city-admin", () => ({
  createProvinceAction: vi.fn(),
  updateProvinceAction: vi.fn(),
  createCityAction: vi.fn(),
  updateCityAction: vi.fn(),
  createCycleAction: vi.fn(),
  markCycleCurrentAction: vi.fn(),
}));

const labels = (html: string) => [...html.matchAll(/<label[^>]*for="[^"]+"[^>]*>([^<]+)<\/label>/g)].map((match) => match[1]);

describe("the administration forms", () => {
  it("label a province's code and name", () => {
    expect(labels(renderInChinese(createElement(ProvinceForm, {})))).toEqual(["省份代码", "省份名称"]);
  });

  it("label a city's province, name and slug with the slug's rule, nominated by default", () => {
    const html = renderInChinese(createElement(CityForm, { provinces: [{ id: "p1", name: "甘肃省" }] }));
    expect(labels(html)).toEqual(["所属省份", "城市名称", "访问标识"]);
    expect(html).toContain("小写英文字母、数字和连字符");
    expect(html).toMatch(/name="isNominated"[^>]*checked/);
  });

  it("offer a cycle's three year weights at 15% / 25% / 60% and an optional edition", () => {
    const html = renderInChinese(createElement(CycleForm, { cityId: "c1", editions: [{ id: "e1", name: "2026版" }], nextStartYear: 2027 }));
    expect(labels(html)).toEqual(["周期名称", "起始年份", "测评体系", "第1年权重", "第2年权重", "第3年权重"]);
    for (const text of ['value="0.15"', 'value="0.25"', 'value="0.60"', 'value="2027"', "暂不指定"]) expect(html).toContain(text);
  });
});
