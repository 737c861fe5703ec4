import sharp from "sharp";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { storageStatePath } from "./accounts";

// Issue 8 §3 and §6: at 360 px the inspector checks a site with a photo, goes offline, checks a
// second site, reloads while still offline (the service worker serves the screen, whose CSP and
// script nonces come from the same cached response, and the queue in IndexedDB is intact), comes
// back online, and both checks reach the server exactly once. A saved check is then corrected
// (更正): offline the button only explains that a correction needs a connection; online it goes
// straight to the server and the card shows the new outcome.

type RoundSite = { site: { id: string; code: string; name: string }; progress: { done: number; expected: number } };
type ChecklistItem = { criterion: { id: string; code: string; title: string }; check: { id: string; clientKey: string; visitStatus: string } | null };

function shanghaiToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
}

/** A round in progress made by the office through the API, with two sites that have criteria to check. */
async function roundWithTwoSites(office: APIRequestContext, name: string): Promise<{ roundId: string; sites: RoundSite[] }> {
  const sites = await office.get("/api/v1/sites?pageSize=100");
  expect(sites.status()).toBe(200);
  const siteIds = ((await sites.json()).items as { id: string }[]).map((site) => site.id);
  const today = shanghaiToday();
  const created = await office.post("/api/v1/rounds", { data: { name, kind: "SPECIAL", periodStart: today, periodEnd: today, siteIds } });
  expect(created.status(), await created.text()).toBe(201);
  const roundId = (await created.json()).id as string;
  const started = await office.post(`/api/v1/rounds/${roundId}/start`);
  expect(started.status(), await started.text()).toBe(200);
  const detail = await (await office.get(`/api/v1/rounds/${roundId}`)).json();
  const checkable = (detail.sites as RoundSite[]).filter((entry) => entry.progress.expected > 0).slice(0, 2);
  expect(checkable).toHaveLength(2);
  return { roundId, sites: checkable };
}

async function checklist(office: APIRequestContext, roundId: string, siteId: string): Promise<ChecklistItem[]> {
  const response = await office.get(`/api/v1/rounds/${roundId}/checklist?site=${siteId}&pageSize=500`);
  expect(response.status()).toBe(200);
  return (await response.json()).items;
}

/** Whatever the criterion's rubric asks for: 符合, a grade, a measured value; a count of problems may stay 0. */
async function fillOutcome(card: Locator) {
  const pass = card.getByRole("button", { name: "符合", exact: true });
  if (await pass.count()) return pass.click();
  const grades = card.getByRole("group", { name: "评定等级" }).getByRole("button");
  if (await grades.count()) return grades.first().click();
  const value = card.getByLabel(/实测值/);
  if (await value.count()) return value.fill("10");
}

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function cardOf(page: Page, item: ChecklistItem): Locator {
  return page.getByRole("article", { name: new RegExp(`^${literally(item.criterion.code)} `) });
}

/** A site's button in the list, by its code (unique in the city), which the button shows as "CODE · type". */
function siteButton(page: Page, entry: RoundSite): Locator {
  return page.getByRole("button", { name: new RegExp(`${literally(entry.site.code)} · `) });
}

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 2400, height: 1800, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .jpeg()
    .toBuffer();
}

test("a check made offline survives a reload and is saved once when the network returns", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  // Per run, not per file: a repeated run in the same worker must not find two rounds of one name.
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const roundName = `离线检查测试-${run}`;
  const office = await playwright.request.newContext({ baseURL, storageState: storageStatePath("office") });
  const { roundId, sites } = await roundWithTwoSites(office, roundName);
  const [first, second] = sites;
  const firstItem = (await checklist(office, roundId, first.site.id))[0];
  const secondItem = (await checklist(office, roundId, second.site.id))[0];

  const context = await browser.newContext({
    storageState: storageStatePath("inspector"),
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });

  // Online: the worker takes control of /inspect and keeps the screen.
  await page.goto("/inspect");
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  await page.getByRole("button", { name: new RegExp(literally(roundName)) }).click();
  await expect(siteButton(page, second)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  // The first site, with a photo.
  await siteButton(page, first).click();
  const firstCard = cardOf(page, firstItem);
  await firstCard.getByRole("button", { name: "检查此项" }).click();
  await fillOutcome(firstCard);
  await firstCard.getByLabel(/拍照/).setInputFiles({ name: "现场.jpg", mimeType: "image/jpeg", buffer: await photo() });
  await expect(firstCard.getByRole("img", { name: "现场照片 1" })).toBeVisible();
  await firstCard.getByRole("button", { name: "保存" }).click();
  await expect(firstCard.getByText("已保存", { exact: true })).toBeVisible();
  await expect(page.getByText("已保存，没有待上传的记录")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  // The site list has every site's checklist read once while online (on while a site is open);
  // wait until the worker holds the second one, then the network goes. (waitForFunction would take
  // the async predicate's pending promise for a truthy answer: poll the awaited result instead.)
  await page.getByRole("button", { name: /返回点位/ }).click();
  const secondChecklist = `/api/v1/rounds/${roundId}/checklist?site=${second.site.id}&pageSize=500`;
  await expect.poll(() => page.evaluate(async (url) => (await caches.match(url)) !== undefined, secondChecklist), { timeout: 30_000 }).toBe(true);
  await context.setOffline(true);
  await siteButton(page, second).click();
  const secondCard = cardOf(page, secondItem);
  await secondCard.getByRole("button", { name: "检查此项" }).click();
  await secondCard.getByText("拒访", { exact: true }).click();
  await secondCard.getByLabel("原因").fill(`商户拒绝检查（${run}）`);
  await secondCard.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("待上传 1")).toBeVisible();
  await expect(secondCard.getByText("待上传", { exact: true })).toBeVisible();

  // Reload in the dead zone: the worker answers with the kept page and the queue is still there.
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByText("离线", { exact: true })).toBeVisible();
  await expect(page.getByText("待上传 1")).toBeVisible();
  await expect(cardOf(page, secondItem).getByText("待上传", { exact: true })).toBeVisible();
  expect(cspViolations).toEqual([]);

  // Back online: the queued check goes out by itself.
  await context.setOffline(false);
  await expect(page.getByText("已保存，没有待上传的记录")).toBeVisible({ timeout: 40_000 });
  await expect(cardOf(page, secondItem).getByText("已保存", { exact: true })).toBeVisible();

  // The server holds each check exactly once.
  const firstSaved = (await checklist(office, roundId, first.site.id)).find((item) => item.criterion.id === firstItem.criterion.id)!;
  const secondSaved = (await checklist(office, roundId, second.site.id)).find((item) => item.criterion.id === secondItem.criterion.id)!;
  expect(firstSaved.check).not.toBeNull();
  expect(secondSaved.check?.visitStatus).toBe("REFUSED");
  const detail = await (await office.get(`/api/v1/rounds/${roundId}`)).json();
  expect(detail.progress.done).toBe(2);
  const full = await (await office.get(`/api/v1/rounds/${roundId}/checklist?site=${first.site.id}&pageSize=500`)).json();
  expect((full.items as ChecklistItem[]).filter((item) => item.check !== null)).toHaveLength(1);

  // 更正 the refusal: never queued, so offline the button waits and says why.
  const savedCard = cardOf(page, secondItem);
  await context.setOffline(true);
  await expect(savedCard.getByRole("button", { name: "更正" })).toBeDisabled();
  await expect(savedCard.getByText(/更正需要联网/)).toBeVisible();
  await context.setOffline(false);
  await savedCard.getByRole("button", { name: "更正" }).click();
  const correction = savedCard.getByRole("form", { name: "更正检查结果" });
  await correction.getByText("已检查", { exact: true }).click();
  await fillOutcome(correction);
  await correction.getByRole("button", { name: "提交更正" }).click();
  await expect(correction).toBeHidden();
  await expect(savedCard.getByText("已保存", { exact: true })).toBeVisible();
  await expect(savedCard).not.toContainText("拒访");
  const corrected = (await checklist(office, roundId, second.site.id)).find((item) => item.criterion.id === secondItem.criterion.id)!;
  expect(corrected.check).toMatchObject({ id: secondSaved.check!.id, visitStatus: "INSPECTED" });

  await context.close();
  await office.dispose();
});
