import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe("a province supervisor", () => {
  test.use({ storageState: storageStatePath("supervisor") });

  test("maps an older edition to the sample edition, seeing every problem before it saves", async ({ page, request }) => {
    const code = `OLD-${Date.now().toString(36)}`;
    const old = {
      edition: "旧版测评体系（映射测试）",
      code,
      categories: [
        {
          code: "O1",
          name: "公共环境",
          contents: [
            {
              code: "O1-1",
              name: "道路环境",
              criteria: [
                { code: "O1-1-1", name: "道路公益广告", points: 4, method: "FIELD", rubric: { kind: "PROPORTION" }, lead: "市城管局" },
                { code: "O1-1-2", name: "街巷卫生", points: 6, method: "FIELD", rubric: { kind: "PROPORTION" }, lead: "市城管局" },
              ],
            },
          ],
        },
      ],
    };
    const imported = await request.post("/api/v1/editions/import", {
      multipart: { file: { name: "old.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(old)) } },
    });
    expect(imported.status()).toBe(201);
    const editions = await (await request.get("/api/v1/editions?pageSize=500")).json();
    const sample = editions.items.find((e: { code: string }) => e.code === "SAMPLE-2026");

    await page.goto(`/editions/${sample.id}`);
    await page.getByRole("link", { name: "对应关系" }).click();
    await page.getByLabel("旧版测评体系").selectOption({ label: `${old.edition}（${code}）` });
    await page.getByRole("button", { name: "搜索", exact: true }).click();

    const table = page.getByLabel("对应关系表");
    await table.fill("一对一, O1-1-1, C02-01-1\n改名, O1-1-2, C06-01-1");
    await page.getByRole("button", { name: "保存对应关系" }).click();
    await expect(page.getByText(/类型“改名”无法识别/)).toBeVisible();

    await table.fill("一对一, O1-1-1, C02-01-1\n拆分, O1-1-2, C06-01-1\n拆分, O1-1-2, C06-01-2");
    await page.getByRole("button", { name: "保存对应关系" }).click();
    await expect(page.getByText("已保存 3 条对应关系。")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("对应关系表")).toHaveValue("一对一, O1-1-1, C02-01-1\n拆分, O1-1-2, C06-01-1\n拆分, O1-1-2, C06-01-2");
  });
});
