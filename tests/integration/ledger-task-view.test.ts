import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { I18nProvider } from "@/lib/i18n/client";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { reviewLedgerEntry } from "@/lib/server/ledger/review-ledger-entry";
import { TaskLedger } from "@/components/ledger/task-ledger";
import { imageBytes, pdfBytes } from "@/tests/fixtures/evidence/evidence-files";
import { createLedgerWorld, writeEntry, type LedgerWorld } from "@/tests/fixtures/evidence/ledger-world";

type ProviderProps = ComponentProps<typeof I18nProvider>;

// The task page's ledger, rendered as the server renders it for each kind of reader.
let actor: Actor;
vi.mock("server-only", () => ({}));
vi.mock("@/components/layout/require-actor", () => ({ requireActor: async () => actor }));
vi.mock("@/lib/i18n/server", () => ({ getT: async () => createTranslator(messagesFor("zh-CN")) }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));
vi.mock("@/lib/actions/ledger", () => ({ reviewLedgerEntryAction: vi.fn(), answerLedgerEntryAction: vi.fn(), deleteLedgerEntryAction: vi.fn() }));

let w: LedgerWorld;
let ids: { pending: string; returned: string; accepted: string; image: string; pdf: string };
beforeAll(async () => {
  w = await createLedgerWorld(db());
  const pending = await writeEntry(
    w.liaisonA1,
    { taskId: w.tasks.overdue.id, text: "待审核的台账", figures: [{ name: "公益广告新增", value: "120", unit: "处" }] },
    [
      { name: "现场.png", bytes: await imageBytes("png", 50, 50) },
      { name: "方案.pdf", bytes: pdfBytes() },
    ],
  );
  const returned = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id, text: "被退回的台账" });
  await reviewLedgerEntry(w.office, { id: returned.id, version: 1, decision: "RETURN", comment: "缺少现场照片" });
  const accepted = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id, text: "已通过的台账" });
  await reviewLedgerEntry(w.office, { id: accepted.id, version: 1, decision: "ACCEPT" });
  ids = { pending: pending.id, returned: returned.id, accepted: accepted.id, image: pending.evidence[0].id, pdf: pending.evidence[1].id };
});

async function view(as: Actor, taskId: string): Promise<string> {
  actor = as;
  const tree = (await TaskLedger({ taskId })) as ReactElement;
  return renderToString(createElement(I18nProvider, { locale: "zh-CN", messages: messagesFor("zh-CN") } as ProviderProps, tree));
}

const count = (html: string, text: string) => html.split(text).length - 1;

describe("TaskLedger", () => {
  it("shows the office every entry with its department, status, figures, evidence and the review buttons", async () => {
    const html = await view(w.office, w.tasks.overdue.id);
    expect(html).toContain("填报台账");
    expect(html).toContain(w.s.departmentA1.name);
    for (const text of ["待审核的台账", "被退回的台账", "已通过的台账", "待审核", "已退回", "已通过", "公益广告新增 120 处", "缺少现场照片"]) {
      expect(html).toContain(text);
    }
    expect(html).toContain(`src="/api/v1/evidence/${ids.image}?thumbnail=1"`);
    expect(html).toContain(`href="/api/v1/evidence/${ids.pdf}"`);
    expect(html).toContain(">方案.pdf</a>");
    expect(count(html, ">通过</button>")).toBe(2);
    expect(count(html, ">退回</button>")).toBe(2);
    expect(html).not.toContain("提交答复");
    // Each field's label names one control only (the browser tests find fields by label).
    for (const label of ["工作内容", "佐证材料", "工作日期"]) expect(count(html, `>${label}</label>`) + count(html, `aria-label="${label}`)).toBe(1);
  });

  it("gives the entry's liaison the answer form on a returned entry, and no review buttons", async () => {
    const html = await view(w.liaisonA1, w.tasks.overdue.id);
    expect(html).toMatch(/<label[^>]*>答复<\/label>/);
    expect(count(html, "提交答复")).toBe(1);
    expect(html).not.toContain(">通过</button>");
    expect(html).toContain("提交台账");
  });

  it("shows an inspector the ledger without any form", async () => {
    const html = await view(w.s.actors.inspectorA, w.tasks.overdue.id);
    expect(html).toContain("待审核的台账");
    expect(html).not.toContain("提交台账");
    expect(html).not.toContain(">通过</button>");
  });

  it("offers no entry form on a draft or signed-off task, and says why", async () => {
    const draft = await view(w.office, w.tasks.draft.id);
    expect(draft).not.toContain("提交台账");
    expect(draft).toContain("任务尚未交办");
    const closed = await view(w.office, w.tasks.completed.id);
    expect(closed).not.toContain("提交台账");
    expect(closed).toContain("任务已办结");
  });

  it("is not found for a liaison of another department", async () => {
    await expect(view(w.liaisonA1, w.tasks.notStarted.id)).rejects.toMatchObject({ status: 404 });
  });
});
