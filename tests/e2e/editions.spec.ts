import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

const SAMPLE = "示例测评体系（2026 演示版）";

test.describe("the indicator system for the city office", () => {
  test.use({ storageState: storageStatePath("office") });

  test("the tree browser shows the sample edition, searches and filters by URL", async ({ page }) => {
    await page.goto("/editions");
    const row = page.getByRole("row").filter({ hasText: "SAMPLE-2026" });
    await expect(row).toContainText("32");
    await expect(row).toContainText("100");
    await row.getByRole("link", { name: SAMPLE }).click();

    await expect(page.getByRole("heading", { level: 1, name: SAMPLE })).toBeVisible();
    await expect(page.getByText("共 32 项测评标准，合计 100 分。")).toBeVisible();
    const deduct = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "主次干道每200米至少1处公益广告" }) });
    await expect(deduct).toContainText("每发现1处问题扣0.5分");
    await expect(deduct).toContainText("4 分");

    await page.getByLabel("搜索测评标准").fill("公益广告");
    await page.getByRole("button", { name: "搜索", exact: true }).click();
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByText(/筛选结果：4 项测评标准，合计 13 分/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "公交站点设置公益广告" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "机动车礼让斑马线" })).toHaveCount(0);

    await page.getByRole("link", { name: "清除筛选" }).click();
    await expect(page.getByText("共 32 项测评标准，合计 100 分。")).toBeVisible();
    await expect(page.getByLabel("搜索测评标准")).toHaveValue("");
    await page.getByLabel("测评方法").selectOption({ label: "实地考察" });
    await page.getByRole("button", { name: "搜索", exact: true }).click();
    await expect(page).toHaveURL(/method=FIELD/);
    await expect(page.getByText(/筛选结果：22 项测评标准，合计 72 分/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "制定年度理论学习计划及实施方案" })).toHaveCount(0);

    // The filtered view is a link: opening it again shows the same.
    await page.goto(page.url());
    await expect(page.getByText(/筛选结果：22 项测评标准/)).toBeVisible();
  });

  test("the city admin sees its adopted edition and localizes a deadline with the error beside the field", async ({ page }) => {
    await page.goto("/city-indicators");
    await expect(page.getByRole("heading", { level: 1, name: "本市测评体系" })).toBeVisible();
    await expect(page.getByRole("link", { name: SAMPLE })).toBeVisible();
    await expect(page.getByText("测评体系中的单位名称已全部对应到本市单位。")).toBeVisible();

    const row = page.getByRole("row").filter({ hasText: "C02-01-1" });
    await expect(row).toContainText("市城管局");
    await row.getByRole("button", { name: /调整/ }).click();
    const form = page.getByRole("form", { name: "调整 C02-01-1" });
    await form.getByLabel("整改时限").fill("-1");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByText("整改时限不能为负数")).toBeVisible();
    await form.getByLabel("整改时限").fill("5");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form).toHaveCount(0);
    await expect(page.getByRole("row").filter({ hasText: "C02-01-1" })).toContainText("5 天");
  });
});

test.describe("the indicator system for a department liaison", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("lists the criteria 市城管局 leads or co-owns with the points at stake", async ({ page, request }) => {
    const me = await (await request.get("/api/v1/me")).json();
    await page.goto(`/departments/${me.departmentId}`);
    await page.getByRole("link", { name: "负责的测评标准" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "市城管局 · 负责的测评标准" })).toBeVisible();
    await expect(page.getByText("22 分 / 5 项").first()).toBeVisible();
    for (const code of ["C02-01-1", "C02-01-2", "C06-01-1", "C06-01-2", "C07-02-1"]) {
      await expect(page.getByRole("cell", { name: code, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("cell", { name: "C08-01-1", exact: true })).toHaveCount(0);
  });
});

test.describe("importing an edition as a province supervisor", () => {
  test.use({ storageState: storageStatePath("supervisor") });

  const yaml = (code: string, points: number) =>
    [
      `edition: 端到端测试体系`,
      `code: ${code}`,
      `categories:`,
      `  - code: E01`,
      `    name: 公共环境`,
      `    contents:`,
      `      - code: E01-01`,
      `        name: 道路环境`,
      `        criteria:`,
      `          - {code: E01-01-1, name: 路面整洁, points: ${points}, method: FIELD, rubric: {kind: PROPORTION}, lead: 市城管局}`,
    ].join("\n");

  test("shows every problem of a bad file, then previews and imports a good one", async ({ page }) => {
    const code = `E2E-${Date.now()}`;
    await page.goto("/editions");
    const file = page.getByLabel("文件");
    await file.setInputFiles({ name: "bad.yaml", mimeType: "application/yaml", buffer: Buffer.from(yaml(code, 0)) });
    await page.getByRole("button", { name: "检查并预览" }).click();
    await expect(page.getByRole("table", { name: "文件中的问题" })).toContainText("分值");

    await file.setInputFiles({ name: "good.yaml", mimeType: "application/yaml", buffer: Buffer.from(yaml(code, 5)) });
    await page.getByRole("button", { name: "检查并预览" }).click();
    await expect(page.getByText(`将创建：端到端测试体系（${code}）`)).toBeVisible();
    await page.getByRole("button", { name: "确认导入" }).click();
    await expect(page.getByText("已导入“端到端测试体系”。")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: code })).toBeVisible();
  });
});
