import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { storageStatePath, type AccountKey } from "./accounts";

// Issue 8, the office's side of a round: 新建督查 by random draw with a preview, 开始督查, the
// inspector's checks (posted through the API as the phone would), 更正 of a saved check on the
// round page (to a loss and back, past a stale version), 结束督查, and the round's scores on its page.

const RUN = Date.now().toString(36);
const NAME = `e2e周督查-${RUN}`;

async function as(browser: Browser, account: AccountKey): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(account) });
  return context.newPage();
}

type Rubric = { kind: string; grades?: Record<string, number>; target?: number | string };
type ChecklistItem = { criterion: { id: string; code: string; title: string; rubric: Rubric }; check: { id: string; version: number } | null };
type Correctable = { siteName: string; code: string; title: string; kind: string; checkId: string };

/** Full marks in the calculator's shape for the rubric's kind. */
function fullMarks(rubric: Rubric) {
  switch (rubric.kind) {
    case "DEDUCT":
      return { findings: 0 };
    case "GRADED":
      return { grade: Object.entries(rubric.grades ?? { A: 1 }).sort(([, a], [, b]) => b - a)[0][0] };
    case "THRESHOLD":
      return { value: String(rubric.target) };
    default:
      return { pass: true };
  }
}

/** The inspector checks every criterion at every site of the round, each once (a clientKey per check). */
async function checkEverySite(request: APIRequestContext, roundId: string): Promise<number> {
  const round = await (await request.get(`/api/v1/rounds/${roundId}`)).json();
  let posted = 0;
  for (const { site } of round.sites as Array<{ site: { id: string } }>) {
    const checklist = await (await request.get(`/api/v1/rounds/${roundId}/checklist?site=${site.id}`)).json();
    for (const item of checklist.items as ChecklistItem[]) {
      const response = await request.post(`/api/v1/rounds/${roundId}/checks`, {
        data: {
          clientKey: `e2e-${RUN}-${site.id}-${item.criterion.id}`,
          criterionId: item.criterion.id,
          siteId: site.id,
          visitStatus: "INSPECTED",
          outcome: fullMarks(item.criterion.rubric),
        },
      });
      expect(response.status(), await response.text()).toBe(201);
      posted++;
    }
  }
  return posted;
}

/** A saved check the test can turn into a loss with one control: pass/fail or a count of problems. */
async function findCorrectable(request: APIRequestContext, roundId: string): Promise<Correctable> {
  const round = await (await request.get(`/api/v1/rounds/${roundId}`)).json();
  for (const { site } of round.sites as Array<{ site: { id: string; name: string } }>) {
    const checklist = await (await request.get(`/api/v1/rounds/${roundId}/checklist?site=${site.id}`)).json();
    for (const { criterion, check } of checklist.items as ChecklistItem[]) {
      if (check && ["PASS_FAIL", "PROPORTION", "DEDUCT"].includes(criterion.rubric.kind)) {
        return { siteName: site.name, code: criterion.code, title: criterion.title, kind: criterion.rubric.kind, checkId: check.id };
      }
    }
  }
  throw new Error("no pass/fail or deduct check in the round");
}

/** Sets the open correction form's outcome: full marks, or a loss. */
async function chooseOutcome(form: ReturnType<Page["locator"]>, kind: string, isLoss: boolean) {
  if (kind === "DEDUCT") await form.getByLabel("发现问题（处）").fill(isLoss ? "1" : "0");
  else await form.getByRole("button", { name: isLoss ? "不符合" : "符合", exact: true }).click();
}

test("the office creates a round by random draw, starts it, and after the inspector's checks closes it and sees its scores", async ({ browser }) => {
  test.setTimeout(180_000);
  const office = await as(browser, "office");

  // 新建督查: a draw of one market and one bus stop, previewed before it is created.
  await office.goto("/rounds");
  await office.getByRole("link", { name: "新建督查" }).click();
  await office.getByLabel("轮次名称").fill(NAME);
  await office.getByLabel("抽样种子").fill(RUN);
  await office.getByLabel("集贸市场抽取个数").fill("1");
  await office.getByLabel("公交站点抽取个数").fill("1");
  await office.getByRole("button", { name: "预览抽样结果" }).click();
  await expect(office.getByText("将抽中 2 个点位：")).toBeVisible();
  await office.getByRole("button", { name: "创建督查轮次" }).click();
  await expect(office.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  const roundId = office.url().split("/rounds/")[1];
  await expect(office.getByText("未开始")).toBeVisible();

  // The office starts it.
  await office.getByRole("button", { name: "开始督查" }).click();
  await expect(office.getByRole("button", { name: "结束督查" })).toBeVisible();

  // The inspector checks every item at both sites, as the phone posts them.
  const inspector = await as(browser, "inspector");
  const posted = await checkEverySite(inspector.context().request, roundId);
  expect(posted).toBeGreaterThan(0);

  await office.reload();
  await expect(office.getByText(`${posted} / ${posted}`).first()).toBeVisible();

  // 更正 on the round page: the office opens a site's checks and turns a saved check into a loss.
  const target = await findCorrectable(inspector.context().request, roundId);
  await office.getByRole("link", { name: `查看检查：${target.siteName}` }).click();
  await expect(office.getByRole("heading", { name: `点位检查：${target.siteName}` })).toBeVisible();
  const item = office.locator("#site-checks").getByRole("listitem", { name: `${target.code} ${target.title}` });
  await expect(item).not.toContainText("已生成问题");
  await item.getByRole("button", { name: "更正" }).click();
  const form = item.getByRole("form", { name: "更正检查结果" });
  await chooseOutcome(form, target.kind, true);
  await form.getByLabel("问题描述").fill("e2e 复核发现问题");
  await form.getByRole("button", { name: "提交更正" }).click();
  await expect(item).toContainText("e2e 复核发现问题");
  await expect(item).toContainText("已生成问题");

  // Back to full marks from a stale form: the inspector corrects the note in between; the office is
  // shown the check as it now stands, sends again, and the finding the loss opened is withdrawn.
  await item.getByRole("button", { name: "更正" }).click();
  await chooseOutcome(form, target.kind, false);
  await form.getByLabel("问题描述").fill("");
  const meanwhile = await inspector.context().request.patch(`/api/v1/checks/${target.checkId}`, { data: { version: 2, note: "督查员补充说明" } });
  expect(meanwhile.status(), await meanwhile.text()).toBe(200);
  await form.getByRole("button", { name: "提交更正" }).click();
  await expect(form.getByRole("alert")).toContainText("该检查已被他人更正");
  await expect(form.getByRole("alert")).toContainText("督查员补充说明");
  await form.getByRole("button", { name: "按我的更正重新提交" }).click();
  await expect(item).toContainText("问题已撤销");
  await expect(item).not.toContainText("e2e 复核发现问题");
  office.once("dialog", (dialog) => dialog.accept());
  await office.getByRole("button", { name: "结束督查" }).click();

  // Closing stored the scores; the round page shows them (every check earned full marks).
  await expect(office.getByRole("heading", { name: "本轮得分" })).toBeVisible();
  await expect(office.getByText("全市得分")).toBeVisible();
  await expect(office.getByText("100.00").first()).toBeVisible();
  await expect(office.getByRole("button", { name: "重新打开" })).toBeVisible();

  // The list shows it closed.
  await office.goto(`/rounds?status=CLOSED&kind=WEEKLY`);
  await expect(office.getByRole("link", { name: NAME })).toBeVisible();
});
