import { afterEach, describe, expect, it, vi } from "vitest";
import { sendLedgerForm } from "./send-ledger-form";

const formWith = (...files: File[]) => {
  const form = new FormData();
  form.set("text", "清理小广告");
  for (const file of files) form.append("evidence", file);
  return form;
};
const bytes = (size: number) => new Uint8Array(size).fill(1);

afterEach(() => vi.unstubAllGlobals());

describe("sendLedgerForm", () => {
  it("uploads nothing when a chosen file is over the limit, and names it beside 佐证材料", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const result = await sendLedgerForm(
      "/api/v1/tasks/t1/ledger-entries",
      "POST",
      formWith(new File([bytes(3)], "ok.jpg"), new File([bytes(2 * 1024 * 1024 + 1)], "大照片.jpg")),
      2 * 1024 * 1024,
    );
    expect(fetch).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, status: 413, fieldErrors: { evidence: ["文件“大照片.jpg”超过 2 MB 的大小上限，请压缩或拆分后再上传。"] } });
  });

  it("sends the form when the files fit, or when the limit is not known (the server decides)", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ id: "e1" }), { status: 201 }));
    vi.stubGlobal("fetch", fetch);
    // A form submitted with no file chosen carries one empty, nameless part: not a problem.
    const noFile = new File([], "");
    expect(await sendLedgerForm("/x", "POST", formWith(noFile, new File([bytes(5)], "a.jpg")), 10)).toEqual({ ok: true, data: { id: "e1" } });
    expect(await sendLedgerForm("/x", "POST", formWith(new File([bytes(50)], "b.jpg")), null)).toEqual({ ok: true, data: { id: "e1" } });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("puts the server's 413 or 415 message beside 佐证材料", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify({ error: { code: "UNSUPPORTED_MEDIA_TYPE", message: "文件“a.jpg”的类型不受支持" } }), { status: 415 })),
    );
    expect(await sendLedgerForm("/x", "POST", formWith(new File([bytes(5)], "a.jpg")), 10)).toMatchObject({
      ok: false,
      status: 415,
      code: "UNSUPPORTED_MEDIA_TYPE",
      fieldErrors: { evidence: ["文件“a.jpg”的类型不受支持"] },
    });
  });
});
