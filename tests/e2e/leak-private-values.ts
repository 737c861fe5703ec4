import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

// What the office reads through /api/v1 of the demo seed and the public must never see: the leak
// crawl (public-leak.spec.ts) searches every public answer for these values, each named by kind.

export type Items<T> = { items: T[]; total: number };
export const secrets = new Map<string, string>();
const plant = (what: string, value: string | null | undefined) => {
  if (value && value.trim().length >= 2) secrets.set(`${what}: ${value}`, value);
};

export async function json<T>(response: APIResponse): Promise<T> {
  expect(response.status(), `${response.url()} ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

/** Reads them as the office; returns a waiting report's code and a rectified one's for the public status pages. */
export async function readPrivateValues(office: APIRequestContext) {
  const users = await json<Items<{ id: string; email: string; name: string; phone: string | null }>>(await office.get("/api/v1/users?pageSize=500"));
  for (const user of users.items) {
    plant("user id", user.id);
    plant("email", user.email);
    plant("phone", user.phone);
  }
  const departments = await json<Items<{ id: string; leaderName: string | null; liaisonName: string | null; liaisonPhone: string | null }>>(
    await office.get("/api/v1/departments?pageSize=500"),
  );
  for (const department of departments.items) {
    plant("department id", department.id);
    plant("leader", department.leaderName);
    plant("liaison", department.liaisonName);
    plant("liaison phone", department.liaisonPhone);
  }
  const tasks = await json<Items<{ id: string; responsiblePerson: string | null }>>(await office.get("/api/v1/tasks?pageSize=500"));
  for (const task of tasks.items) plant("responsible person", task.responsiblePerson);
  for (const task of tasks.items) {
    const entries = await json<Items<{ reviewComment: string | null }>>(await office.get(`/api/v1/tasks/${task.id}/ledger-entries?pageSize=500`));
    const returned = entries.items.find((entry) => entry.reviewComment);
    if (returned) {
      plant("review comment", returned.reviewComment);
      break;
    }
  }

  // The latest weekly round is the one the seed leaves unpublished.
  const rounds = await json<Items<{ id: string; name: string; kind: string; status: string; periodEnd: string }>>(
    await office.get("/api/v1/rounds?pageSize=500"),
  );
  const publications = await json<Items<{ round: { id: string } | null; supersededBy: string | null }>>(await office.get("/api/v1/publications?pageSize=500"));
  for (const { supersededBy } of publications.items.filter((item) => item.supersededBy)) {
    plant("correction reason", (await json<{ reason: string | null }>(await office.get(`/api/v1/publications/${supersededBy}`))).reason);
  }
  const published = new Set(publications.items.flatMap((item) => (item.round ? [item.round.id] : [])));
  const unpublished = rounds.items
    .filter((round) => round.kind === "WEEKLY" && round.status === "CLOSED" && !published.has(round.id))
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))
    .at(-1);
  expect(unpublished, "the seed's unpublished latest week").toBeTruthy();
  plant("unpublished round id", unpublished!.id);
  plant("unpublished round name", unpublished!.name);
  const detail = await json<{ sites: { site: { id: string } }[] }>(await office.get(`/api/v1/rounds/${unpublished!.id}`));
  for (const { site } of detail.sites) {
    const checklist = await json<Items<{ check: { note: string | null } | null }>>(
      await office.get(`/api/v1/rounds/${unpublished!.id}/checklist?site=${site.id}`),
    );
    const noted = checklist.items.find((item) => item.check?.note);
    if (noted) {
      plant("check note of the unpublished round", noted.check!.note);
      break;
    }
  }
  const findings = await json<Items<{ description: string }>>(await office.get(`/api/v1/findings?round=${unpublished!.id}&pageSize=5`));
  for (const finding of findings.items) plant("finding of the unpublished round", finding.description);

  const waiting = await json<Items<{ id: string; code: string; description: string; place: { address: string }; contact: string | null }>>(
    await office.get("/api/v1/citizen-reports?status=RECEIVED&pageSize=500"),
  );
  const report = waiting.items.find((item) => item.contact) ?? waiting.items[0];
  plant("report description", report.description);
  plant("report address", report.place.address);
  plant("report contact", report.contact);
  plant("report id", report.id);
  const rectified = await json<Items<{ code: string }>>(await office.get("/api/v1/citizen-reports?status=RECTIFIED&pageSize=1"));
  const me = await json<{ cityId: string; provinceId: string }>(await office.get("/api/v1/me"));
  plant("city id", me.cityId);
  plant("province id", me.provinceId);
  return { receivedCode: report.code, rectifiedCode: rectified.items[0]?.code };
}
