import sharp from "sharp";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { storageStatePath, type AccountKey } from "./accounts";

// Issue 8, the findings loop as its people do it: the office dispatches a round's finding (bulk
// 交办); the liaison of 市城管局 replies on its phone with an after-photo; the office returns it
// with a comment; the liaison replies again; the office accepts (销号); the timeline holds every
// step; the office closes the round and its scores appear. The round, its sites and the failing
// check are made here through the API, so the test reads no seeded finding and may run twice.

const RUN = Date.now().toString(36);
const ROUND = `e2e整改闭环-${RUN}`;
const PROBLEM = `垃圾桶满溢未清运（${RUN}）`;
// Accessible names of the rows and links that carry the problem (its parentheses are not a pattern's).
const PROBLEM_NAME = new RegExp(PROBLEM.replace(/[()（）]/g, "."));
const FIRST_REPLY = `已清运并冲洗地面（${RUN}）`;
const RETURN_COMMENT = `请补充清运后全景照片（${RUN}）`;
const SECOND_REPLY = `已补拍全景照片，并增设分类垃圾桶（${RUN}）`;
const DEPARTMENT = "市城管局";
const PHONE = { width: 390, height: 844 };

type Rubric = { kind: string; grades?: Record<string, number>; target?: number | string; direction?: string };
type ChecklistItem = { criterion: { id: string; code: string; rubric: Rubric }; check: unknown };

async function as(browser: Browser, account: AccountKey, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(account), ...(viewport ? { viewport, isMobile: true, hasTouch: true } : {}) });
  return context.newPage();
}

function todayInShanghai(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** An outcome that loses points under the rubric, or null when this rubric has no simple losing outcome. */
function losingOutcome(rubric: Rubric) {
  switch (rubric.kind) {
    case "DEDUCT":
      return { findings: 1 };
    case "PASS_FAIL":
      return { pass: false };
    case "GRADED": {
      const grades = Object.entries(rubric.grades ?? {}).sort(([, a], [, b]) => a - b);
      return grades.length > 1 ? { grade: grades[0][0] } : null;
    }
    default:
      return null;
  }
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, status = 200): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

/** As the office: a round over a few of 市城管局's sites, started. */
async function startRoundOverDepartmentSites(request: APIRequestContext): Promise<{ roundId: string; siteIds: string[] }> {
  const departments = await json<{ items: { id: string; name: string }[] }>(await request.get(`/api/v1/departments?q=${encodeURIComponent(DEPARTMENT)}`));
  const department = departments.items.find((item) => item.name === DEPARTMENT);
  expect(department, `${DEPARTMENT} in the demo city`).toBeTruthy();
  const sites = await json<{ items: { id: string; active: boolean }[] }>(await request.get(`/api/v1/sites?department=${department!.id}&pageSize=5`));
  const siteIds = sites.items.filter((site) => site.active).map((site) => site.id);
  expect(siteIds.length).toBeGreaterThan(0);
  const today = todayInShanghai();
  const round = await json<{ id: string }>(
    await request.post("/api/v1/rounds", { data: { name: ROUND, kind: "SPECIAL", periodStart: today, periodEnd: today, siteIds } }),
    201,
  );
  await json(await request.post(`/api/v1/rounds/${round.id}/start`));
  return { roundId: round.id, siteIds };
}

/** As the inspector's phone does: one failing field check with a photo and the problem as its note, which opens a finding for the site's department. */
async function postFailingCheck(request: APIRequestContext, roundId: string, siteIds: string[], photo: Buffer): Promise<void> {
  for (const siteId of siteIds) {
    const checklist = await json<{ items: ChecklistItem[] }>(await request.get(`/api/v1/rounds/${roundId}/checklist?site=${siteId}`));
    for (const { criterion } of checklist.items) {
      const outcome = losingOutcome(criterion.rubric);
      if (!outcome) continue;
      const check = await json<{ finding: { id: string; status: string } | null }>(
        await request.post(`/api/v1/rounds/${roundId}/checks`, {
          multipart: {
            clientKey: `e2e-${RUN}-${siteId}-${criterion.id}`,
            criterionId: criterion.id,
            siteId,
            visitStatus: "INSPECTED",
            outcome: JSON.stringify(outcome),
            note: PROBLEM,
            photos: { name: "现场.jpg", mimeType: "image/jpeg", buffer: photo },
          },
        }),
        201,
      );
      expect(check.finding?.status).toBe("OPEN");
      return;
    }
  }
  throw new Error("none of the round's sites has a criterion with a losing outcome");
}

function timeline(page: Page) {
  return page.locator("section", { has: page.getByRole("heading", { name: "处理记录" }) }).locator("ol > li");
}

async function openFinding(page: Page, findingId: string) {
  await page.goto(`/findings/${findingId}`);
  await expect(page.getByRole("heading", { level: 1, name: PROBLEM })).toBeVisible();
}

async function reply(liaison: Page, findingId: string, text: string, photo: Buffer) {
  await openFinding(liaison, findingId);
  await liaison.getByLabel("整改情况").fill(text);
  await liaison.getByLabel("整改后照片").setInputFiles({ name: "整改后.jpg", mimeType: "image/jpeg", buffer: photo });
  await liaison.getByRole("button", { name: "提交整改" }).click();
  // The page refreshes to the submitted finding: no reply form, the reply in the timeline.
  await expect(liaison.getByText("待审核").first()).toBeVisible();
  await expect(liaison.getByRole("button", { name: "提交整改" })).toHaveCount(0);
  await expect(timeline(liaison).filter({ hasText: text })).toHaveCount(1);
}

test("the office dispatches a round's finding; the liaison replies by phone; the office returns, then accepts; the round closes with scores", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const office = await as(browser, "office");
  const inspector = await as(browser, "inspector");
  const { roundId, siteIds } = await startRoundOverDepartmentSites(office.context().request);
  const before = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#8d6e63" } })
    .jpeg()
    .toBuffer();
  await postFailingCheck(inspector.context().request, roundId, siteIds, before);

  // 交办 from /findings, filtered to this round: the finding is still waiting to be dispatched.
  await office.goto(`/findings?round=${roundId}`);
  const row = office.getByRole("row", { name: PROBLEM_NAME });
  await expect(row.getByText("待交办")).toBeVisible();
  await expect(row.getByText(DEPARTMENT)).toBeVisible();
  await office.getByRole("checkbox", { name: `选择 ${PROBLEM}` }).check();
  await office.getByRole("button", { name: "交办", exact: true }).click();
  await expect(office.getByText("已交办 1 个，跳过 0 个。")).toBeVisible();
  await expect(row.getByText("整改中")).toBeVisible();
  const href = await office.getByRole("link", { name: PROBLEM }).getAttribute("href");
  const findingId = href!.split("/findings/")[1];

  // The liaison, on a phone, is told, finds it among its department's findings and replies with an after-photo.
  const liaison = await as(browser, "liaison", PHONE);
  await liaison.goto("/notifications");
  await expect(liaison.getByText(PROBLEM_NAME).first()).toBeVisible();
  await liaison.goto("/my");
  await liaison.getByRole("link", { name: PROBLEM_NAME }).click();
  await expect(liaison.getByRole("heading", { level: 1, name: PROBLEM })).toBeVisible();
  // The check's photo shows as 整改前; the page fits the phone's width and the send button is a thumb's size.
  const beforePhoto = liaison.getByRole("img", { name: "整改前 照片 1" });
  await beforePhoto.scrollIntoViewIfNeeded(); // lazy: it loads once on screen
  await expect.poll(() => beforePhoto.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
  expect(await liaison.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  expect((await liaison.getByRole("button", { name: "提交整改" }).boundingBox())?.height).toBeGreaterThanOrEqual(44);
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#2e7d32" } })
    .jpeg()
    .toBuffer();
  await reply(liaison, findingId, FIRST_REPLY, photo);

  // The office sees the after-photo beside the check's photo and returns it with a comment.
  await openFinding(office, findingId);
  await expect(office.getByRole("img", { name: "整改前 照片 1" })).toBeVisible();
  await expect(office.getByRole("img", { name: "整改后 照片 1" })).toBeVisible();
  await office.getByLabel("审核意见").fill(RETURN_COMMENT);
  await office.getByRole("button", { name: "退回", exact: true }).click();
  await expect(office.getByText("已退回").first()).toBeVisible();
  await expect(timeline(office).filter({ hasText: RETURN_COMMENT })).toHaveCount(1);

  // The liaison finds it among the returned ones, reads the comment and replies again.
  await liaison.goto("/my");
  const returned = liaison.locator("section", { has: liaison.getByRole("heading", { name: /被退回/ }) });
  await returned.getByRole("link", { name: PROBLEM_NAME }).click();
  await expect(liaison.getByRole("heading", { level: 1, name: PROBLEM })).toBeVisible();
  await expect(liaison.getByText(RETURN_COMMENT)).toBeVisible();
  await reply(liaison, findingId, SECOND_REPLY, photo);

  // The office accepts: 销号, dated today.
  await openFinding(office, findingId);
  await office.getByRole("button", { name: "通过（销号）" }).click();
  await expect(office.getByText("已销号").first()).toBeVisible();
  await expect(office.getByRole("button", { name: "通过（销号）" })).toHaveCount(0);
  await expect(office.locator("dt", { hasText: "销号日期" }).locator("+ dd")).toHaveText(todayInShanghai());

  // The timeline shows every step, in order, with the notes.
  const steps = timeline(office);
  await expect(steps).toHaveCount(5);
  await expect(steps.nth(0)).toContainText("交办");
  await expect(steps.nth(1)).toContainText("整改回复");
  await expect(steps.nth(1)).toContainText(FIRST_REPLY);
  await expect(steps.nth(2)).toContainText("退回");
  await expect(steps.nth(2)).toContainText(RETURN_COMMENT);
  await expect(steps.nth(3)).toContainText("整改回复");
  await expect(steps.nth(3)).toContainText(SECOND_REPLY);
  await expect(steps.nth(4)).toContainText("审核通过（销号）");
  await expect(office.getByRole("img", { name: "整改后 照片 2" })).toBeVisible();

  // The office closes the round; its page shows the stored scores, 市城管局 among the departments.
  await office.goto(`/rounds/${roundId}`);
  await expect(office.getByRole("heading", { level: 1, name: ROUND })).toBeVisible();
  office.once("dialog", (dialog) => dialog.accept());
  await office.getByRole("button", { name: "结束督查" }).click();
  await expect(office.getByRole("heading", { name: "本轮得分" })).toBeVisible();
  await expect(office.getByText("全市得分")).toBeVisible();
  // The failing check cost points: below 100 for the city and for 市城管局, as the scores endpoint computes them.
  const scores = await json<{ cityScore: string; departments: { name: string; inspectionScore: string | null }[] }>(
    await office.request.get(`/api/v1/rounds/${roundId}/scores`),
  );
  const ours = scores.departments.find((department) => department.name === DEPARTMENT);
  expect(Number(scores.cityScore)).toBeLessThan(100);
  expect(Number(ours?.inspectionScore)).toBeLessThan(100);
  await expect(office.getByText("全市得分").locator("strong")).toHaveText(Number(scores.cityScore).toFixed(2));
  const scoreRow = office.getByRole("table", { name: "责任单位得分" }).getByRole("row", { name: new RegExp(DEPARTMENT) });
  await expect(scoreRow).toContainText(Number(ours!.inspectionScore).toFixed(2));
});
