import { NextRequest } from "next/server";
import { sealClientAddress } from "@/lib/auth/client-address-seal";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-ip";
import { db } from "@/lib/db";
import { correctPublication } from "@/lib/server/publications/correct-publication";
import { publishProvincePublication } from "@/lib/server/publications/publish-province-publication";
import { publishPublication } from "@/lib/server/publications/publish-publication";
import { uniqueClientAddress } from "@/tests/factories/client-address";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createPublicationsWorld, type PublicationsWorld } from "./publications-world";

// The open data API's world: a public city with two round publications (the first corrected), a month
// and a province ranking, an unpublished round and personal data that must never show; and a city that
// is not nominated with publications of its own (city and province), which the public never sees.

const SCORES: Parameters<PublicationsWorld["closedRound"]>[0] = { a: [4, 4], b: [1, 4], s1: [3, 4], s2: [0, 4] };
const MONTH = { kind: "MONTH", periodStart: "2026-03-01", periodEnd: "2026-03-31" } as const;

async function publishedCity(secrets: { phone: string; leader: string }) {
  const w = await createPublicationsWorld();
  // 五一街道 is black-listed in both rounds: the official bulletin of the second names its leader for a 约谈.
  await db().department.update({
    where: { id: w.departments.s2.id },
    data: { liaisonName: secrets.leader, liaisonPhone: secrets.phone, leaderName: secrets.leader },
  });
  const first = await publishPublication(w.office.actor, { kind: "ROUND", roundId: (await w.closedRound(SCORES)).id });
  const second = await publishPublication(w.office.actor, { kind: "ROUND", roundId: (await w.closedRound(SCORES)).id });
  const month = await publishPublication(w.office.actor, MONTH);
  const province = await publishProvincePublication(w.supervisor.actor, { scope: "PROVINCE", ...MONTH });
  return { w, first, second, month, province };
}

export async function createPublicApiWorld() {
  const secrets = { phone: `139${String(Date.now()).slice(-8)}`, leader: `王秘密${uniqueSuffix()}`, round: `未发布轮次${uniqueSuffix()}` };
  const open = await publishedCity(secrets);
  const correction = await correctPublication(open.w.office.actor, { id: open.first.id, reason: "数据更正" });
  const unpublished = await open.w.closedRound(SCORES);
  await db().inspectionRound.update({ where: { id: unpublished.id }, data: { name: secrets.round } });
  const hidden = await publishedCity(secrets);
  await db().city.update({ where: { id: hidden.w.city.id }, data: { isNominated: false } });
  return {
    city: open.w.city,
    world: open.w,
    superseded: open.first,
    correction,
    second: open.second,
    month: open.month,
    province: open.province,
    unpublished,
    hidden: { city: hidden.w.city, round: hidden.first, month: hidden.month, province: hidden.province },
    secrets,
  };
}

export type PublicApiWorld = Awaited<ReturnType<typeof createPublicApiWorld>>;

/** A request as scripts/serve.ts hands it to the app: the client address sealed by the launcher. */
export function publicRequest(path: string, init: { address?: string; method?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(`http://localhost${path}`, {
    method: init.method ?? "GET",
    headers: { [CLIENT_ADDRESS_HEADER]: sealClientAddress(init.address ?? uniqueClientAddress()), ...init.headers },
  });
}

export const paramsOf = <P>(params: P) => ({ params: Promise.resolve(params) });
