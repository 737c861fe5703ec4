import { expect, request, test, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD } from "../../e2e/accounts";

// The account page's side of probes 5 and 6 (issue 7), as a person uses it: a new password ends
// every session (this one too: the user signs in again with it), and 在所有设备上退出登录 ends the
// sessions of other browsers. The test makes its own user through the API.

async function newInspector(baseURL: string): Promise<{ email: string; password: string }> {
  const office = await request.newContext({ baseURL });
  const { csrfToken } = await (await office.get("/api/auth/csrf")).json();
  await office.post("/api/auth/callback/credentials", { form: { email: ACCOUNTS.office, password: DEMO_PASSWORD, csrfToken, json: "true" } });
  const email = `account-probe-${Date.now()}-${Math.floor(Math.random() * 1e6)}@test.local`;
  const created = await office.post("/api/v1/users", { data: { email, name: "账户探针", role: "INSPECTOR" } });
  expect(created.status()).toBe(201);
  const { initialPassword } = await created.json();
  await office.dispose();
  return { email, password: initialPassword };
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

test("a new password signs every browser out; the user signs in again with it", async ({ baseURL, browser }) => {
  const { email, password } = await newInspector(baseURL!);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, password);
  await expect(otherPage).toHaveURL(/\/account\/password$/);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("当前密码").fill(password);
  await page.getByLabel("新密码", { exact: true }).fill("Renewed2026pw");
  await page.getByLabel("确认新密码").fill("Renewed2026pw");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/login\?ended=password$/);
  await expect(page.getByText("密码已修改，请使用新密码重新登录。")).toBeVisible();

  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/login/);
  await signIn(page, email, "Renewed2026pw");
  await expect(page).toHaveURL(/\/dashboard$/);
  await Promise.all([context.close(), other.close()]);
});

test("在所有设备上退出登录 ends the sessions of every browser", async ({ baseURL, browser }) => {
  const { email, password } = await newInspector(baseURL!);
  const contexts = [await browser.newContext(), await browser.newContext()];
  const [here, elsewhere] = [await contexts[0].newPage(), await contexts[1].newPage()];
  for (const page of [here, elsewhere]) {
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/account\/password$/);
  }
  await here.getByRole("button", { name: "在所有设备上退出登录" }).click();
  await expect(here).toHaveURL(/\/login\?ended=everywhere$/);
  await expect(here.getByText("已在所有设备上退出登录，请重新登录。")).toBeVisible();
  await elsewhere.goto("/account/password");
  await expect(elsewhere).toHaveURL(/\/login/);
  await Promise.all(contexts.map((context) => context.close()));
});
