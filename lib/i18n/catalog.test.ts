import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";

/** Every leaf of a catalog as "namespace.key.sub" → value. */
function leaves(node: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node && typeof node === "object" && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, node);
  }
  return out;
}

const catalogs = { "zh-CN": leaves(zhCN), en: leaves(en) };

describe("message catalogs", () => {
  it("have exactly the same keys", () => {
    const zhKeys = [...catalogs["zh-CN"].keys()].sort();
    const enKeys = [...catalogs.en.keys()].sort();
    expect(enKeys.filter((key) => !catalogs["zh-CN"].has(key))).toEqual([]);
    expect(zhKeys.filter((key) => !catalogs.en.has(key))).toEqual([]);
  });

  it.each(Object.entries(catalogs))("%s has only non-empty strings", (_, catalog) => {
    const bad = [...catalog].filter(([, value]) => typeof value !== "string" || value.trim() === "").map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it("use the same {placeholders} in both languages", () => {
    const names = (value: unknown) => [...String(value).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const mismatched = [...catalogs["zh-CN"]].filter(([key, value]) => JSON.stringify(names(value)) !== JSON.stringify(names(catalogs.en.get(key))));
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it("names every role and the console's navigation", () => {
    for (const role of ["SYSTEM_ADMIN", "PROVINCE_SUPERVISOR", "CITY_ADMIN", "INSPECTOR", "DEPARTMENT_LIAISON"]) {
      expect(catalogs["zh-CN"].get(`roles.${role}`)).toBeTruthy();
    }
    expect(catalogs["zh-CN"].get("layout.mainNav")).toBe("主导航");
    expect(catalogs["zh-CN"].get("nav.signOut")).toBe("退出登录");
  });
});
