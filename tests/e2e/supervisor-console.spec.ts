import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { storageStatePath, type AccountKey } from "./accounts";

// Issue 9 section 5: the supervisor compares two cities and drills from a department's rank to the
// checks behind its score. The demo holds publications; each city publishes one more round through the
// API so its latest ranking is a round's (the demo city's office leaves the other unpublished round to
// the publish-flow test), 张掖市's by an office account the system admin creates for it (first sign-in
// changes the initial password, as for every new account).

const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function pageAs(browser: Browser, account: AccountKey): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(account) });
  return context.newPage();
}

/** Publishes closed, not yet published rounds of the caller's city (oldest first), up to `count`; 409s are skipped. */
async function publishClosedRounds(api: APIRequestContext, count: number): Promise<number> {
  const response = await api.get("/api/v1/rounds?status=CLOSED&pageSize=500");
  expect(response.status(), await response.text()).toBe(200);
  const rounds = ((await response.json()).items as Array<{ id: string; kind: string; periodEnd: string }>)
    .filter((round) => round.kind !== "RECHECK")
    .sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : 1));
  let published = 0;
  for (const round of rounds.slice(-count * 2)) {
    if (published === count) break;
    const answer = await api.post("/api/v1/publications", { data: { kind: "ROUND", roundId: round.id } });
    if (answer.status() === 201) published += 1;
    else expect(answer.status(), await answer.text()).toBe(409);
  }
  return published;
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** An office account for 张掖市, made by the system admin, signed in with its own password. */
async function zhangyeOffice(browser: Browser): Promise<Page> {
  const admin = await pageAs(browser, "admin");
  const cities = (await (await admin.request.get("/api/v1/cities?pageSize=500")).json()).items as Array<{ id: string; slug: string }>;
  const zhangye = cities.find((city) => city.slug === "zhangye");
  expect(zhangye, "the demo has 张掖市").toBeDefined();
  const email = `zhangye-office-${RUN}@test.local`;
  const created = await admin.request.post("/api/v1/users", { data: { email, name: "张掖市创文办", role: "CITY_ADMIN", cityId: zhangye!.id } });
  expect(created.status(), await created.text()).toBe(201);
  const { initialPassword } = await created.json();
  await admin.context().close();

  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, initialPassword);
  await expect(page).toHaveURL(/\/account\/password$/);
  const password = `Zhangye${RUN}9`;
  await page.getByLabel("当前密码").fill(initialPassword);
  await page.getByLabel("新密码", { exact: true }).fill(password);
  await page.getByLabel("确认新密码").fill(password);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/login\?ended=password$/);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

test("a supervisor compares two cities and drills from a department's rank to the checks behind its score", async ({ browser }) => {
  const office = await pageAs(browser, "office");
  expect(await publishClosedRounds(office.request, 1)).toBe(1);
  await office.context().close();
  const zhangye = await zhangyeOffice(browser);
  expect(await publishClosedRounds(zhangye.request, 1)).toBeGreaterThan(0);
  await zhangye.context().close();

  const page = await pageAs(browser, "supervisor");
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "省级总览" }).click();
  await expect(page).toHaveURL(/\/province$/);
  const jiayuguan = page.locator('section[data-city="jiayuguan"]');
  const zhangyeCard = page.locator('section[data-city="zhangye"]');
  for (const card of [jiayuguan, zhangyeCard]) {
    await expect(card.getByText("最近发布：")).toBeVisible();
    await expect(card.getByText("城市得分").first()).toBeVisible();
  }
  // The trend's text alternative.
  await jiayuguan.getByRole("button", { name: "以表格查看" }).click();
  await expect(jiayuguan.getByRole("table")).toBeVisible();
  await expect(jiayuguan.getByRole("button", { name: "以图表查看" })).toHaveAttribute("aria-pressed", "true");

  // One criterion across the two cities.
  await page.getByRole("link", { name: "单项指标城市对比" }).click();
  const codes = page.getByLabel("测评标准代码");
  const firstCode = await codes.locator("option").nth(1).getAttribute("value");
  await codes.selectOption(firstCode!);
  await page.getByRole("button", { name: "对比" }).click();
  await expect(page).toHaveURL(new RegExp(`code=${encodeURIComponent(firstCode!).replace(/\./g, "\\.")}`));
  const comparison = page.getByRole("table");
  await expect(comparison.getByRole("link", { name: "嘉峪关市", exact: true })).toBeVisible();
  await expect(comparison.getByRole("link", { name: "张掖市", exact: true })).toBeVisible();

  // The demo city's latest rankings, then from a ranked department to its checks.
  await comparison.getByRole("link", { name: "嘉峪关市", exact: true }).click();
  await expect(page).toHaveURL(/\/province\/cities\/jiayuguan$/);
  await expect(page.getByRole("heading", { name: "红黑榜", exact: true })).toBeVisible();
  const table = page.getByRole("table", { name: "责任单位成绩" });
  await expect(table.locator("tbody tr").first().locator("td").first()).toHaveText("1");
  // The best-ranked department with an inspection score (one ranked on rectification and ledger alone has none to open).
  const ranked = table
    .locator("tbody tr")
    .filter({ has: page.locator("td:nth-child(3) a") })
    .first();
  const department = (await ranked.locator("td").nth(1).innerText()).trim();
  const score = (await ranked.locator("td").nth(2).innerText()).trim();
  await ranked.locator("td").nth(2).getByRole("link").click();
  await expect(page).toHaveURL(/\/departments\/.+#inspection$/);
  await expect(page.getByRole("heading", { name: `${department}得分明细` })).toBeVisible();
  const sum = page.getByTestId("inspection-sum");
  await expect(sum).toContainText(`× 100 = ${score}`);
  const criteria = page.locator("tbody[data-criterion]");
  expect(await criteria.count()).toBeGreaterThan(0);
  await expect(criteria.first().locator("tr").nth(1)).toContainText(/合格|不合格|发现问题|等级|测得值/);
  await page.context().close();
});
