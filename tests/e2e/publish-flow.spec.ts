import fs from "node:fs";
import JSZip from "jszip";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStatePath } from "./accounts";

// Issue 9, the office's 发布: on a closed round of the demo city that has no standing publication, 预览 shows
// what would be frozen, 发布 (with its confirm step) lands on the publication, its bulletin downloads through
// the page and its .docx holds the department table and the issue number; then 更正 with a reason replaces it
// and the old one is marked superseded. Works with or without publications in the demo seed: the round is
// chosen by asking the API at test time (the oldest unpublished one; other tests publish the newest).

type RoundItem = { id: string; name: string; kind: string; periodEnd: string };
type PublicationItem = { id: string; round: { id: string } | null; supersededBy: string | null };

async function unpublishedClosedRound(api: APIRequestContext): Promise<RoundItem> {
  const rounds = await api.get("/api/v1/rounds?status=CLOSED&pageSize=500");
  expect(rounds.status(), await rounds.text()).toBe(200);
  const publications = await api.get("/api/v1/publications?kind=ROUND&pageSize=500");
  expect(publications.status(), await publications.text()).toBe(200);
  const standing = new Set(
    ((await publications.json()).items as PublicationItem[]).filter((item) => item.supersededBy === null && item.round).map((item) => item.round!.id),
  );
  const candidates = ((await rounds.json()).items as RoundItem[])
    .filter((round) => round.kind !== "RECHECK" && !standing.has(round.id) && !round.name.startsWith("e2e"))
    .sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : 0));
  expect(candidates.length, "the demo city has a closed round that is not published").toBeGreaterThan(0);
  return candidates[0];
}

async function documentXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path));
  const xml = await zip.file("word/document.xml")?.async("string");
  expect(xml, "the .docx has word/document.xml").toBeTruthy();
  return xml!;
}

/** Text of the document with Word's run boundaries removed, so a name split over runs still reads whole. */
const plainText = (xml: string) => xml.replace(/<[^>]+>/g, "");

test("the office previews and publishes a closed round, downloads its bulletin, and corrects it", async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ storageState: storageStatePath("office"), acceptDownloads: true });
  const page = await context.newPage();
  const round = await unpublishedClosedRound(page.request);

  // 预览: what publishing would freeze, nothing written.
  await page.goto(`/rounds/${round.id}`);
  const panel = page.locator("section", { has: page.getByRole("heading", { name: "发布", exact: true }) });
  await expect(panel).toBeVisible();
  await panel.getByRole("button", { name: "预览", exact: true }).click();
  const departments = panel.getByRole("table", { name: "责任单位成绩" });
  await expect(departments).toBeVisible({ timeout: 60_000 });
  await expect(panel.locator("[data-preview] > p").first()).toContainText(/城市得分\s*\d/);
  await expect(panel.getByRole("heading", { name: "红榜" }).first()).toBeVisible();
  await expect(panel.getByRole("heading", { name: "黑榜" }).first()).toBeVisible();
  const previewNames = (await departments.locator("tbody tr td:nth-child(2)").allInnerTexts()).map((name) => name.trim());
  expect(previewNames.length).toBeGreaterThan(0);
  const afterPreview = await page.request.get("/api/v1/publications?kind=ROUND&pageSize=500");
  expect(((await afterPreview.json()).items as PublicationItem[]).some((item) => item.round?.id === round.id)).toBe(false);

  // 发布 asks to confirm, then opens the publication.
  const summary = `e2e 发布摘要 ${Date.now().toString(36)}`;
  await panel.getByLabel("摘要（可选）").fill(summary);
  await panel.getByRole("button", { name: "发布", exact: true }).click();
  await expect(panel.getByText("确认发布？")).toBeVisible();
  await panel.getByRole("button", { name: "确认发布" }).click();
  await expect(page).toHaveURL(/\/publications\/[^/]+$/, { timeout: 60_000 });
  const publicationId = new URL(page.url()).pathname.split("/").at(-1)!;
  await expect(page.getByText(summary)).toBeVisible();
  const detail = await (await page.request.get(`/api/v1/publications/${publicationId}`)).json();
  expect(detail.round.id).toBe(round.id);
  expect(detail.summary).toBe(summary);
  const issue = `${detail.issueYear}年第${detail.issueNumber}期`;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(detail.title);
  const published = (detail.snapshot.result.departments as Array<{ name: string }>).map((department) => department.name);
  expect(published.sort()).toEqual([...previewNames].sort());

  // The bulletin, downloaded through the page: a Word table with every department and the issue number.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载通报（Word）" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const xml = await documentXml(await download.path());
  expect(xml).toMatch(/<w:tbl[ >]/);
  const text = plainText(xml);
  expect(text).toContain(issue);
  for (const name of published) expect(text, name).toContain(name);

  // The round page now says it is published.
  await page.goto(`/rounds/${round.id}`);
  await expect(page.getByRole("heading", { name: `已发布：${detail.title}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "预览", exact: true })).toHaveCount(0);

  // 更正: the reason is required (beside its field), then the correction replaces the publication.
  await page.goto(`/publications/${publicationId}`);
  await page.getByRole("button", { name: "更正", exact: true }).click();
  const form = page.locator("form", { has: page.getByRole("heading", { name: "发布更正" }) });
  await form.getByRole("button", { name: "发布更正" }).click();
  await expect(form.getByText("请说明更正原因")).toBeVisible();
  await expect(form.getByLabel("更正原因")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("更正原因").fill("e2e：复核后重新计算本期结果");
  await form.getByRole("button", { name: "发布更正" }).click();
  await expect(page).not.toHaveURL(new RegExp(`/publications/${publicationId}$`), { timeout: 60_000 });
  await expect(page).toHaveURL(/\/publications\/[^/]+$/);
  await expect(page.getByRole("link", { name: `本期更正：${detail.title}` })).toBeVisible();

  await page.goto(`/publications/${publicationId}`);
  const superseded = page.locator("[data-superseded]");
  await expect(superseded).toContainText("本期通报已被更正");
  await expect(superseded).toContainText("e2e：复核后重新计算本期结果");
  await expect(page.getByRole("button", { name: "更正", exact: true })).toHaveCount(0);

  // The list marks it too, with a link to the correction.
  await page.goto("/publications?kind=ROUND");
  const row = page.locator("tr", { has: page.getByRole("link", { name: detail.title, exact: true }) }).first();
  await expect(row).toContainText("已被更正");
  await expect(row.getByRole("link", { name: "查看更正" })).toBeVisible();
  await context.close();
});
