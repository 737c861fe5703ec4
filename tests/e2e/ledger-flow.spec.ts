import ExcelJS from "exceljs";
import sharp from "sharp";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStatePath, type AccountKey } from "./accounts";

// The daily loop of issue 4, as its people do it: the office imports a task list and dispatches
// it; the liaison signs for a task and records work with a photo; the office returns the entry,
// the liaison answers, the office accepts; the ledger export holds the entry.

const RUN = Date.now().toString(36);
const TITLE = `背街小巷公益广告补设-${RUN}`;
const SECOND = `公交站台公益广告巡查-${RUN}`;
const WORK = `新增公益广告 36 处，更换破损 4 处（${RUN}）`;

async function taskListWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("任务清单");
  sheet.addRow(["行动", "任务名称", "任务内容", "工作目标", "牵头单位", "配合单位", "责任人", "完成时限", "周期", "对应测评标准编码"]);
  sheet.addRow([
    "公益广告提质行动",
    TITLE,
    "对背街小巷公益广告逐条排查补设",
    "新增公益广告不少于30处",
    "市城管局",
    "市委宣传部",
    "王建国",
    "2099-06-30",
    "",
    "C02-01-1",
  ]);
  sheet.addRow([
    "公益广告提质行动",
    SECOND,
    "每月巡查公交站台公益广告",
    "站台公益广告完好率100%",
    "市交通运输局",
    "市城管局",
    "何立新",
    "",
    "每月",
    "C02-01-1",
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function as(browser: Browser, account: AccountKey): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(account) });
  return context.newPage();
}

async function openTask(page: Page, title: string) {
  await page.goto(`/tasks?q=${encodeURIComponent(title)}`);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("office imports and dispatches; liaison signs and records; office returns; liaison answers; office accepts; the export holds it", async ({ browser }) => {
  test.setTimeout(180_000);
  const office = await as(browser, "office");

  // The office imports the task list: preview first, then commit.
  await office.goto("/tasks/import");
  await office.getByLabel("任务清单文件").setInputFiles({
    name: "任务清单.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await taskListWorkbook(),
  });
  await office.getByRole("button", { name: "预览" }).click();
  await expect(office.getByText(TITLE)).toBeVisible();
  await office.getByRole("button", { name: "确认导入" }).click();
  await expect(office.getByText(/已导入 2 项任务/)).toBeVisible();

  // … and dispatches both from the task list.
  await office.goto(`/tasks?q=${encodeURIComponent(RUN)}`);
  await office.getByRole("checkbox", { name: `选择 ${TITLE}` }).check();
  await office.getByRole("checkbox", { name: `选择 ${SECOND}` }).check();
  await office.getByRole("button", { name: "交办", exact: true }).click();
  await expect(office.getByText(/已交办 2 项/)).toBeVisible();

  // The liaison (市城管局) is told, signs for the task it leads and records the work with a photo.
  const liaison = await as(browser, "liaison");
  await liaison.goto("/notifications");
  await expect(liaison.getByText(TITLE).first()).toBeVisible();
  await openTask(liaison, TITLE);
  await liaison.getByRole("button", { name: "签收" }).click();
  await expect(liaison.getByText("已签收").first()).toBeVisible();
  await liaison.getByLabel("工作内容").fill(WORK);
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#b03a2e" } })
    .jpeg()
    .toBuffer();
  await liaison.getByLabel("佐证材料").setInputFiles({ name: "现场照片.jpg", mimeType: "image/jpeg", buffer: photo });
  await liaison.getByRole("button", { name: "提交台账" }).click();
  await expect(liaison.getByText(WORK)).toBeVisible();
  await expect(liaison.getByRole("img", { name: /现场照片/ })).toBeVisible();

  // The office returns it with a comment.
  await openTask(office, TITLE);
  await expect(office.getByText(WORK)).toBeVisible();
  await office.getByRole("button", { name: "退回", exact: true }).click();
  await office.getByLabel("退回意见").fill("请补充补设点位清单");
  await office.getByRole("button", { name: "确认退回" }).click();
  await expect(office.getByText("已退回").first()).toBeVisible();

  // The liaison sees the comment and answers.
  await openTask(liaison, TITLE);
  await expect(liaison.getByText("请补充补设点位清单")).toBeVisible();
  await liaison.getByLabel("答复").fill("已补充点位清单，见附件");
  await liaison.getByRole("button", { name: "提交答复" }).click();
  await expect(liaison.getByText("已补充点位清单，见附件")).toBeVisible();

  // The office accepts.
  await openTask(office, TITLE);
  await office.getByRole("button", { name: "通过", exact: true }).click();
  await expect(office.getByText("已通过").first()).toBeVisible();

  // The department's ledger export holds the entry, accepted, with its photo named.
  const response = await office.request.get("/api/v1/ledger/export");
  expect(response.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(["指标名称", "测评内容", "测评标准", "网上申报具体规定", "责任单位", "负责人", "任务", "日期", "工作内容", "审核状态", "佐证材料"]);
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push((row.values as unknown[]).slice(1));
  });
  const ours = rows.filter((row) => row[8] === WORK);
  expect(ours).toHaveLength(1);
  expect(ours[0][4]).toBe("市城管局");
  expect(ours[0][6]).toBe(TITLE);
  expect(ours[0][9]).toBe("已通过");
  expect(String(ours[0][10])).toContain("现场照片.jpg");
});
