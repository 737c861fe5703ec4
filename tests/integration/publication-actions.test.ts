import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { correctPublicationAction, previewPublicationAction, publishPublicationAction, previewProvincePublicationAction } from "@/lib/actions/publications";
import { db } from "@/lib/db";
import { createPublicationsWorld, NAMES, type PublicationsWorld } from "./publications-world";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ refresh: vi.fn() }));
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: vi.fn(async () => null) }));

// The console's 发布 and 更正 server actions over the real use cases: where a success sends the user, how a
// refusal reaches the panel, and that a refused correction stores nothing.

let w: PublicationsWorld;
let signedIn: Actor;
beforeAll(async () => {
  w = await createPublicationsWorld();
  const { getSessionActor } = await import("@/lib/auth/current-actor");
  vi.mocked(getSessionActor).mockImplementation(async () => signedIn);
});
beforeEach(() => {
  signedIn = w.office.actor;
});

const cityPublications = () => db().publication.count({ where: { cityId: w.city.id } });

describe("the round's 发布 actions", () => {
  it("previews the figures the panel shows (never the calculator input), writing nothing", async () => {
    const round = await w.closedRound({ a: [9, 10], b: [8, 10], s1: [10, 10], s2: [6, 10] });
    const before = await cityPublications();
    const result = await previewPublicationAction({ kind: "ROUND", roundId: round.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ scope: "CITY", kind: "ROUND", owner: w.city.name });
    expect(result.data).not.toHaveProperty("input");
    if (result.data.scope !== "CITY") return;
    expect(result.data.departments.map((row) => row.name).sort()).toEqual(Object.values(NAMES).sort());
    expect(result.data.departments.find((row) => row.name === NAMES.s1)).toMatchObject({ rank: 1, composite: "100.00" });
    expect(result.data.lists.map((list) => list.name)).toEqual(expect.arrayContaining(["街道红黑榜", "整改红黑榜"]));
    expect(await cityPublications()).toBe(before);
  });

  it("publishes and answers with the publication's page; blank 标题/摘要 mean the default title; a second time is ALREADY_PUBLISHED with the standing one", async () => {
    const round = await w.closedRound({ a: [10, 10], b: [5, 10] });
    const { refresh } = await import("next/cache");
    vi.mocked(refresh).mockClear();
    const published = await publishPublicationAction({ kind: "ROUND", roundId: round.id, title: "", summary: "  " });
    expect(published.ok).toBe(true);
    if (!published.ok) return;
    expect(published.data.href).toBe(`/publications/${published.data.id}`);
    expect(refresh).toHaveBeenCalled();
    const stored = await db().publication.findUniqueOrThrow({ where: { id: published.data.id }, select: { roundId: true, title: true, summary: true } });
    expect(stored).toMatchObject({ roundId: round.id, summary: null });
    expect(stored.title).toContain("期");

    const again = await publishPublicationAction({ kind: "ROUND", roundId: round.id });
    expect(again).toMatchObject({
      ok: false,
      code: "ALREADY_PUBLISHED",
      formError: "已发布过；如需修改，请发布更正。",
      details: { publicationId: published.data.id },
    });
  });

  it("refuses a round still in progress and a title too long (beside its field), storing nothing", async () => {
    const open = await w.closedRound({ a: [1, 1] }, "IN_PROGRESS");
    const before = await cityPublications();
    expect(await publishPublicationAction({ kind: "ROUND", roundId: open.id })).toMatchObject({ ok: false, code: "ROUND_NOT_CLOSED" });
    const closed = await w.closedRound({ a: [1, 1] });
    const long = await publishPublicationAction({ kind: "ROUND", roundId: closed.id, title: "长".repeat(201) });
    expect(long).toMatchObject({ ok: false, code: "VALIDATION_FAILED", fieldErrors: { title: ["标题不能超过 200 字"] } });
    expect(await cityPublications()).toBe(before);
  });

  it("is the office's: a liaison is refused, and a supervisor's province preview ranks the cities instead", async () => {
    const round = await w.closedRound({ a: [1, 1] });
    signedIn = w.liaisonA.actor;
    expect(await publishPublicationAction({ kind: "ROUND", roundId: round.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    signedIn = w.supervisor.actor;
    const province = await previewProvincePublicationAction({ kind: "MONTH", periodStart: "2026-03-01", periodEnd: "2026-03-31" });
    expect(province).toMatchObject({ ok: true, data: { scope: "PROVINCE" } });
  });
});

describe("the 更正 action", () => {
  it("with an empty reason is a field error beside the reason and stores nothing; with one it supersedes and opens the correction", async () => {
    const round = await w.closedRound({ a: [7, 10], b: [9, 10] });
    const published = await publishPublicationAction({ kind: "ROUND", roundId: round.id });
    if (!published.ok) throw new Error(JSON.stringify(published));
    const before = await cityPublications();

    const empty = await correctPublicationAction({ id: published.data.id, scope: "CITY", reason: "   " });
    expect(empty).toMatchObject({ ok: false, code: "VALIDATION_FAILED", fieldErrors: { reason: ["请说明更正原因"] } });
    expect(empty.ok === false && empty.formError).toBeFalsy();
    expect(await cityPublications()).toBe(before);
    expect(await db().publication.findFirst({ where: { supersedesId: published.data.id } })).toBeNull();

    const corrected = await correctPublicationAction({ id: published.data.id, scope: "CITY", reason: "误计一处检查", title: "", summary: "" });
    expect(corrected.ok).toBe(true);
    if (!corrected.ok) return;
    expect(corrected.data.href).toBe(`/publications/${corrected.data.id}`);
    const correction = await db().publication.findUniqueOrThrow({ where: { id: corrected.data.id }, select: { supersedesId: true, reason: true } });
    expect(correction).toEqual({ supersedesId: published.data.id, reason: "误计一处检查" });

    const twice = await correctPublicationAction({ id: published.data.id, scope: "CITY", reason: "再改一次" });
    expect(twice).toMatchObject({ ok: false, code: "ALREADY_SUPERSEDED" });
  });
});
