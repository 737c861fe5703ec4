import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { parseBusinessDate } from "@/lib/domain/dates";
import type { RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { correctProvincePublication } from "@/lib/server/publications/correct-province-publication";
import { correctPublication } from "@/lib/server/publications/correct-publication";
import { getPublication } from "@/lib/server/publications/get-publication";
import { listPublications, parsePublicationQuery } from "@/lib/server/publications/list-publications";
import { previewPublication } from "@/lib/server/publications/preview-publication";
import { publishProvincePublication } from "@/lib/server/publications/publish-province-publication";
import { publishPublication } from "@/lib/server/publications/publish-publication";
import { getRoundScoreInput, scoreCalculatorInput } from "@/lib/server/scoring/get-round-scores";
import * as publicationsRoute from "@/app/api/v1/publications/route";
import * as previewRoute from "@/app/api/v1/publications/preview/route";
import * as publicationRoute from "@/app/api/v1/publications/[id]/route";
import * as correctionsRoute from "@/app/api/v1/publications/[id]/corrections/route";
import * as lettersRoute from "@/app/api/v1/publications/[id]/letters/[department]/route";
import { getSessionActor } from "@/lib/auth/current-actor";
import JSZip from "jszip";
import { createFinding } from "@/tests/factories/inspection";
import { createPublicationsWorld, NAMES, type PublicationsWorld } from "./publications-world";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: vi.fn(async () => null) }));

const roundSnapshot = (detail: { snapshot: unknown }) => detail.snapshot as RoundSnapshot;
const publish = (w: PublicationsWorld, roundId: string, extra: object = {}) => publishPublication(w.office.actor, { kind: "ROUND", roundId, ...extra });
const listNamed = (snapshot: RoundSnapshot, name: string) => snapshot.lists.find((list) => list.name === name)!;
const errorOf = async (promise: Promise<unknown>) =>
  promise.then(() => null).catch((error: { code?: string; status?: number }) => ({ code: error.code, status: error.status }));

describe("publishing a round", () => {
  let w: PublicationsWorld;
  beforeAll(async () => {
    w = await createPublicationsWorld();
  });

  it("freezes the calculator input and output, every list with its own members and metric, and the period's figures", async () => {
    const round = await w.closedRound({ a: [9, 10], b: [8, 10], s1: [10, 10], s2: [7, 10] });
    const day = "2026-03-01";
    await createFinding(db(), { cityId: w.city.id, departmentId: w.departments.a.id, due: day, verifiedOn: day });
    await createFinding(db(), { cityId: w.city.id, departmentId: w.departments.b.id, due: day, verifiedOn: null });

    const preview = await previewPublication(w.office.actor, { kind: "ROUND", roundId: round.id });
    const published = await publish(w, round.id, { summary: "本期通报" });
    const snapshot = roundSnapshot(published);

    expect(snapshot.input).toEqual(await getRoundScoreInput(w.office.actor, round.id));
    expect(snapshot.result).toEqual(scoreCalculatorInput(snapshot.input));
    // every check with its site, in the input's order (drill-down without live data)
    const sites = await db().check.findMany({ where: { roundId: round.id }, orderBy: [{ checkedAt: "asc" }, { id: "asc" }], select: { site: true } });
    expect(snapshot.checkSites).toEqual(sites.map(({ site }) => ({ name: site!.name, code: site!.code })));
    expect({ ...preview.snapshot, computedAt: null }).toEqual({ ...snapshot, computedAt: null });
    expect(published).toMatchObject({
      scope: "CITY",
      kind: "ROUND",
      city: { id: w.city.id, name: w.city.name },
      round: { id: round.id, name: "第1轮" },
      periodStart: day,
      periodEnd: day,
      summary: "本期通报",
      supersedes: null,
      supersededBy: null,
      issueNumber: 1,
      title: `${w.city.name}${published.issueYear}年第1期创文督查通报（第1轮 周督查）`,
    });
    // composites: s1 100; a (0.7·90 + 0.2·100)/0.9 = 92.22; s2 70; b (0.7·80 + 0.2·0)/0.9 = 62.22
    const all = listNamed(snapshot, "综合红黑榜");
    expect(all.ranking.map((entry) => [entry.department, entry.rank, entry.value, entry.movement])).toEqual([
      [NAMES.s1, 1, "100.0000", { kind: "NEW" }],
      [NAMES.a, 2, "92.2222", { kind: "NEW" }],
      [NAMES.s2, 3, "70.0000", { kind: "NEW" }],
      [NAMES.b, 4, "62.2222", { kind: "NEW" }],
    ]);
    expect(all.redList).toEqual(snapshot.result.redList);
    expect(all.blackList.map((entry) => entry.department)).toEqual(snapshot.result.blackList);
    expect(all.blackList).toEqual([
      { department: NAMES.s2, level: 1, step: "REMINDER_LETTER" },
      { department: NAMES.b, level: 1, step: "REMINDER_LETTER" },
    ]);
    const streets = listNamed(snapshot, "街道红黑榜");
    expect(streets.members).toEqual({ kind: "BY_KIND", departmentKind: "STREET_OFFICE" });
    expect(streets.ranking.map((entry) => entry.department)).toEqual([NAMES.s1, NAMES.s2]);
    expect([streets.redList, streets.blackList.map((entry) => entry.department)]).toEqual([[NAMES.s1], [NAMES.s2]]);
    const rectification = listNamed(snapshot, "整改红黑榜");
    expect(rectification).toMatchObject({ metric: "RECTIFICATION", members: { kind: "CHOSEN", departments: [NAMES.b, NAMES.a].sort() }, blackThreshold: "60" });
    expect(rectification.ranking.map((entry) => [entry.department, entry.rank, entry.value])).toEqual([
      [NAMES.a, 1, "100.0000"],
      [NAMES.b, 2, "0.0000"],
    ]);
    expect([rectification.redList, rectification.blackList.map((entry) => entry.department)]).toEqual([[NAMES.a], [NAMES.b]]);
    expect(snapshot.rectification).toEqual({ due: 2, rectifiedOnTime: 1, overdue: 0 });
    expect(snapshot.departments).toEqual(
      expect.arrayContaining([
        { name: NAMES.a, kind: "BUREAU" },
        { name: NAMES.s1, kind: "STREET_OFFICE" },
      ]),
    );
    // level 1 on the default list: b's liaison is told of the reminder letter, with its link
    const notices = await db().notification.findMany({ where: { userId: w.liaisonB.user.id, kind: "BLACK_LIST_REMINDER" }, orderBy: { title: "asc" } });
    const letter = `/api/v1/publications/${published.id}/letters/${encodeURIComponent(NAMES.b)}`;
    expect(notices.map((notice) => [notice.title, notice.link])).toEqual(
      [`${NAMES.b}列入整改红黑榜黑榜，请查收提醒函`, `${NAMES.b}列入综合红黑榜黑榜，请查收提醒函`].sort().map((title) => [title, letter]),
    );
  });

  it("issues the black list's reminder letter (.docx) to a department at level 1, readable by its liaison only among liaisons", async () => {
    const [published] = (await listPublications(w.office.actor, parsePublicationQuery({ kind: "ROUND" }))).items.slice(-1);
    const letter = (actor: typeof w.office.actor, department: string) =>
      lettersRoute.GET(new NextRequest(`http://localhost/api/v1/publications/${published.id}/letters/x`), {
        params: Promise.resolve({ id: published.id, department: encodeURIComponent(department) }),
      }) as Promise<Response>;
    vi.mocked(getSessionActor).mockResolvedValue(w.liaisonB.actor);
    const own = await letter(w.liaisonB.actor, NAMES.b);
    expect([own.status, own.headers.get("content-type")]).toEqual([200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]);
    const bytes = Buffer.from(await own.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const xml = (await JSZip.loadAsync(bytes).then((zip) => zip.file("word/document.xml")!.async("string"))).replace(/<[^>]+>/g, "");
    expect(xml).toContain(`关于${NAMES.b}列入创文红黑榜黑榜的提醒函`);
    expect(xml).toContain("在“综合红黑榜”中排名第4位（综合得分62.22）");
    vi.mocked(getSessionActor).mockResolvedValue(w.liaisonA.actor);
    expect((await letter(w.liaisonA.actor, NAMES.b)).status).toBe(404);
    vi.mocked(getSessionActor).mockResolvedValue(w.office.actor);
    expect((await letter(w.office.actor, NAMES.b)).status).toBe(200);
    expect((await letter(w.office.actor, NAMES.a)).status).toBe(404);
    vi.mocked(getSessionActor).mockResolvedValue(null);
  });

  it("refuses a round that is not closed, one already published, and one with an unanswered appeal (409)", async () => {
    const open = await w.closedRound({ a: [5, 10] }, "IN_PROGRESS");
    expect(await errorOf(publish(w, open.id))).toEqual({ code: "ROUND_NOT_CLOSED", status: 409 });
    // a preview of an open round is allowed and writes nothing
    const before = await db().publication.count({ where: { cityId: w.city.id } });
    await previewPublication(w.office.actor, { kind: "ROUND", roundId: open.id });
    expect(await db().publication.count({ where: { cityId: w.city.id } })).toBe(before);

    const appealed = await w.closedRound({ a: [5, 10] });
    const appeal = await db().appeal.create({
      data: { cityId: w.city.id, roundId: appealed.id, departmentId: w.departments.a.id, reason: "检查点位有误", createdById: w.liaisonA.user.id },
    });
    expect(await errorOf(publish(w, appealed.id))).toEqual({ code: "APPEALS_OPEN", status: 409 });
    await db().appeal.update({ where: { id: appeal.id }, data: { answer: "已复核", answeredAt: new Date(), answeredById: w.office.user.id } });
    const published = await publish(w, appealed.id);
    expect(await errorOf(publish(w, appealed.id))).toEqual({ code: "ALREADY_PUBLISHED", status: 409 });
    const correction = await correctPublication(w.office.actor, { id: published.id, reason: "数据更正" });
    // the correction stands for the round now: publishing again is still a correction's job
    expect(await errorOf(publish(w, appealed.id))).toEqual({ code: "ALREADY_PUBLISHED", status: 409 });
    expect(await errorOf(correctPublication(w.office.actor, { id: published.id, reason: "再次更正" }))).toEqual({ code: "ALREADY_SUPERSEDED", status: 409 });
    expect(correction.issueNumber).toBe(published.issueNumber + 1);
  });

  it("is frozen: changing a check, a finding and a department's name afterwards leaves the publication byte-identical", async () => {
    const round = await w.closedRound({ a: [6, 10], b: [9, 10] });
    const published = await publish(w, round.id);
    const before = JSON.stringify(await getPublication(w.office.actor, published.id));
    await db().check.updateMany({ where: { roundId: round.id }, data: { passed: false } });
    await db().finding.updateMany({ where: { cityId: w.city.id }, data: { verifiedOn: parseBusinessDate("2026-02-01") } });
    await db().department.update({ where: { id: w.departments.s2.id }, data: { name: "五一街道（改名）" } });
    expect(JSON.stringify(await getPublication(w.office.actor, published.id))).toBe(before);
    await db().department.update({ where: { id: w.departments.s2.id }, data: { name: NAMES.s2 } });
  });
});

describe("a series of publications", () => {
  let w: PublicationsWorld;
  beforeAll(async () => {
    w = await createPublicationsWorld();
  });

  it("moves departments by rank, escalates black-list streaks and counts a correction in the place of what it supersedes", async () => {
    const r1 = await w.closedRound({ a: [10, 10], s1: [19, 20], s2: [9, 10], b: [7, 10] });
    const r2 = await w.closedRound({ a: [10, 10], s2: [19, 20], s1: [9, 10], b: [7, 10] });
    const r3 = await w.closedRound({ a: [10, 10], s1: [19, 20], s2: [9, 10], b: [7, 10] });
    const p1 = await publish(w, r1.id);
    const p2 = await publish(w, r2.id);
    const p3 = await publish(w, r3.id);
    const movement = (publication: { snapshot: unknown }) =>
      Object.fromEntries(listNamed(roundSnapshot(publication), "综合红黑榜").ranking.map((entry) => [entry.department, entry.movement]));
    expect(movement(p2)).toEqual({
      [NAMES.a]: { kind: "SAME" },
      [NAMES.s2]: { kind: "UP", by: 1 },
      [NAMES.s1]: { kind: "DOWN", by: 1 },
      [NAMES.b]: { kind: "SAME" },
    });
    expect(movement(p3)[NAMES.s1]).toEqual({ kind: "UP", by: 1 });
    const levelOfB = (publication: { snapshot: unknown }) =>
      listNamed(roundSnapshot(publication), "综合红黑榜").blackList.find((entry) => entry.department === NAMES.b);
    expect([p1, p2, p3].map(levelOfB)).toEqual([
      { department: NAMES.b, level: 1, step: "REMINDER_LETTER" },
      { department: NAMES.b, level: 2, step: "LEADER_MEETING" },
      { department: NAMES.b, level: 3, step: "ACCOUNTABILITY" },
    ]);
    const officeNotices = await db().notification.findMany({
      where: { userId: w.office.user.id, kind: "BLACK_LIST_ESCALATION" },
      orderBy: { createdAt: "asc" },
    });
    expect(officeNotices.map((notice) => notice.title)).toEqual([`${NAMES.b}连续2期列入综合红黑榜黑榜：约谈`, `${NAMES.b}连续3期列入综合红黑榜黑榜：问责`]);

    // r2's data was wrong: b passed everything. The correction takes b off r2's black list.
    const bChecks = await db().check.findMany({ where: { roundId: r2.id, departments: { some: { departmentId: w.departments.b.id } } }, select: { id: true } });
    await db().check.updateMany({ where: { id: { in: bChecks.map((check) => check.id) } }, data: { passed: true } });
    const p2c = await correctPublication(w.office.actor, { id: p2.id, reason: "第2轮市住建局检查结果录入有误" });
    expect(p2c).toMatchObject({ supersedes: p2.id, reason: "第2轮市住建局检查结果录入有误", issueNumber: 4, title: expect.stringContaining("（更正）") });
    expect(levelOfB(p2c)).toBeUndefined();
    // compared with p1, not with p3 published after p2
    expect(movement(p2c)[NAMES.b]).toEqual({ kind: "UP", by: 3 });
    const old = await getPublication(w.office.actor, p2.id);
    expect([old.supersededBy, old.supersedes]).toEqual([p2c.id, null]);
    expect(roundSnapshot(old)).toEqual(roundSnapshot(p2));

    // the streak now runs p1, p2c, p3, p4: b is on the list in p3 and p4 only
    const r4 = await w.closedRound({ a: [10, 10], s1: [19, 20], s2: [9, 10], b: [7, 10] });
    const p4 = await publish(w, r4.id);
    expect(levelOfB(p4)).toEqual({ department: NAMES.b, level: 2, step: "LEADER_MEETING" });
    expect(p4.issueNumber).toBe(5);
  });
});

describe("reading publications", () => {
  let w: PublicationsWorld;
  let id: string;
  beforeAll(async () => {
    w = await createPublicationsWorld();
    id = (await publish(w, (await w.closedRound({ a: [9, 10], b: [8, 10], s1: [10, 10], s2: [7, 10] })).id)).id;
  });

  it("gives a liaison only its own department's rows and no calculator input", async () => {
    const detail = await getPublication(w.liaisonA.actor, id);
    const snapshot = detail.snapshot as Omit<RoundSnapshot, "input"> & { department: string };
    expect("input" in snapshot).toBe(false);
    expect(snapshot.department).toBe(NAMES.a);
    expect(snapshot.result.departments.map((row) => row.name)).toEqual([NAMES.a]);
    expect(snapshot.departments).toEqual([{ name: NAMES.a, kind: "BUREAU" }]);
    for (const list of snapshot.lists) {
      expect(list.ranking.every((entry) => entry.department === NAMES.a)).toBe(true);
      expect([...list.redList, ...list.blackList.map((entry) => entry.department)].every((name) => name === NAMES.a)).toBe(true);
    }
    expect(listNamed(snapshot as unknown as RoundSnapshot, "综合红黑榜").ranking).toEqual([
      { department: NAMES.a, rank: 2, value: "90.0000", movement: { kind: "NEW" } },
    ]);
    expect(snapshot.result.cityScore).toBe(roundSnapshot(await getPublication(w.office.actor, id)).result.cityScore);
  });

  it("shows the province's supervisor its cities' publications and another province's supervisor nothing", async () => {
    expect((await getPublication(w.supervisor.actor, id)).id).toBe(id);
    expect((await getPublication(w.inspector.actor, id)).snapshot).toHaveProperty("input");
    expect(await errorOf(getPublication(w.otherSupervisor.actor, id))).toEqual({ code: "NOT_FOUND", status: 404 });
    const query = (params: Record<string, string>) => parsePublicationQuery(params);
    expect((await listPublications(w.supervisor.actor, query({ city: w.city.id }))).items.map((item) => item.id)).toEqual([id]);
    expect((await listPublications(w.otherSupervisor.actor, query({ city: w.city.id }))).total).toBe(0);
    const mine = await listPublications(w.office.actor, query({ kind: "ROUND", scope: "CITY", periodStart: "2026-03-01", periodEnd: "2026-03-01" }));
    expect(mine.items).toEqual([
      {
        id,
        scope: "CITY",
        kind: "ROUND",
        city: { id: w.city.id, name: w.city.name },
        round: { id: expect.any(String), name: "第1轮" },
        periodStart: "2026-03-01",
        periodEnd: "2026-03-01",
        title: expect.stringContaining("第1期"),
        publishedAt: expect.any(String),
        supersededBy: null,
      },
    ]);
    expect((await listPublications(w.office.actor, query({ periodStart: "2026-03-02" }))).total).toBe(0);
  });

  it("answers through /api/v1 with the envelope, 201 on writes and 404 beyond the scope", async () => {
    const { token } = await createApiToken(w.office.actor, { name: "发布", role: "CITY_ADMIN", expiresInDays: 1 });
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const request = (path: string, body?: object) =>
      new NextRequest(`http://localhost${path}`, body ? { method: "POST", headers, body: JSON.stringify(body) } : { headers });
    const none = { params: Promise.resolve({}) };
    const round = await w.closedRound({ a: [3, 10], b: [8, 10] });
    const preview = await previewRoute.POST(request("/api/v1/publications/preview", { kind: "ROUND", roundId: round.id }), none);
    expect(preview.status).toBe(200);
    expect((await preview.json()).snapshot.round.id).toBe(round.id);
    const created = await publicationsRoute.POST(request("/api/v1/publications", { kind: "ROUND", roundId: round.id, title: "自定标题" }), none);
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body.title).toBe("自定标题");
    const params = { params: Promise.resolve({ id: body.id }) };
    const read = await publicationRoute.GET(request(`/api/v1/publications/${body.id}`), params);
    expect(await read.json()).toEqual(body);
    const again = await publicationsRoute.POST(request("/api/v1/publications", { kind: "ROUND", roundId: round.id }), none);
    expect([again.status, (await again.json()).error.code]).toEqual([409, "ALREADY_PUBLISHED"]);
    const invalid = await correctionsRoute.POST(request(`/api/v1/publications/${body.id}/corrections`, {}), params);
    expect([invalid.status, Object.keys((await invalid.json()).fieldErrors)]).toEqual([422, ["reason"]]);
    const corrected = await correctionsRoute.POST(request(`/api/v1/publications/${body.id}/corrections`, { reason: "更正标题" }), params);
    expect(corrected.status).toBe(201);
    const list = await publicationsRoute.GET(request(`/api/v1/publications?city=${w.city.id}&pageSize=2`), none);
    expect(await list.json()).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    const missing = await publicationRoute.GET(request("/api/v1/publications/nope"), { params: Promise.resolve({ id: "nope" }) });
    expect(missing.status).toBe(404);
  });
});

describe("period and province publications", () => {
  let w: PublicationsWorld;
  beforeAll(async () => {
    w = await createPublicationsWorld();
  });

  it("publish a month from its round publications and a province ranking from the cities' publications", async () => {
    const month = { kind: "MONTH", periodStart: "2026-03-01", periodEnd: "2026-03-31" } as const;
    expect(await errorOf(publishPublication(w.office.actor, month))).toEqual({ code: "NO_PUBLISHED_ROUNDS", status: 422 });
    const r1 = await publish(w, (await w.closedRound({ a: [10, 10], b: [8, 10] })).id);
    const r2 = await publish(w, (await w.closedRound({ a: [9, 10], b: [6, 10] })).id);
    const published = await publishPublication(w.office.actor, month);
    expect(published).toMatchObject({ kind: "MONTH", round: null, periodStart: "2026-03-01", periodEnd: "2026-03-31", issueNumber: 3 });
    expect(published.title).toBe(`${w.city.name}${published.issueYear}年第3期创文督查通报（2026-03-01 至 2026-03-31 月度）`);
    const snapshot = published.snapshot as { kind: string; rounds: { publicationId: string }[]; lists: { name: string }[] };
    expect(snapshot.kind).toBe("MONTH");
    expect(snapshot.rounds.map((round) => round.publicationId)).toEqual([r1.id, r2.id]);
    expect(snapshot.lists.map((list) => list.name)).toEqual(["综合红黑榜", "街道红黑榜", "整改红黑榜"]);
    expect(await errorOf(publishPublication(w.office.actor, month))).toEqual({ code: "ALREADY_PUBLISHED", status: 409 });
    const corrected = await correctPublication(w.office.actor, { id: published.id, reason: "月度更正" });
    expect(corrected).toMatchObject({ kind: "MONTH", supersedes: published.id, issueNumber: 4 });

    const province = await publishProvincePublication(w.supervisor.actor, { scope: "PROVINCE", ...month });
    expect(province).toMatchObject({ scope: "PROVINCE", kind: "MONTH", city: null, round: null, issueNumber: 1 });
    const ranked = (province.snapshot as { cities: { city: { id: string }; publicationIds: string[] }[] }).cities.find((entry) => entry.city.id === w.city.id);
    expect(ranked?.publicationIds).toEqual([corrected.id]);
    expect((await getPublication(w.supervisor.actor, province.id)).id).toBe(province.id);
    expect(await errorOf(getPublication(w.office.actor, province.id))).toEqual({ code: "NOT_FOUND", status: 404 });
    expect(await errorOf(getPublication(w.otherSupervisor.actor, province.id))).toEqual({ code: "NOT_FOUND", status: 404 });
    expect(await errorOf(publishProvincePublication(w.supervisor.actor, { scope: "PROVINCE", ...month }))).toEqual({ code: "ALREADY_PUBLISHED", status: 409 });
    const provinceCorrection = await correctProvincePublication(w.supervisor.actor, { id: province.id, reason: "排名更正" });
    expect(provinceCorrection).toMatchObject({ supersedes: province.id, issueNumber: 2, title: expect.stringContaining("（更正）") });
    expect(await errorOf(publishProvincePublication(w.office.actor, { scope: "PROVINCE", ...month }))).toEqual({ code: "FORBIDDEN", status: 403 });
  });
});
