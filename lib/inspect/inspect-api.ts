import type { ChecklistItem, ListEnvelope, RoundDetail, RoundItem } from "./api-types";

export class ApiReadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

// Plain GETs: the inspect service worker answers them from its cache when the network is gone.
async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiReadError(response.status, body?.error?.message ?? `HTTP ${response.status}`);
  // A captive portal's page is not an answer of ours.
  if (body === null || typeof body !== "object") throw new ApiReadError(response.status, "服务器的回答无法识别，请检查网络后重试。");
  return body as T;
}

export const roundsInProgressUrl = "/api/v1/rounds?status=IN_PROGRESS&pageSize=100";
export const roundUrl = (roundId: string) => `/api/v1/rounds/${encodeURIComponent(roundId)}`;
export const checklistUrl = (roundId: string, siteId: string) =>
  `/api/v1/rounds/${encodeURIComponent(roundId)}/checklist?site=${encodeURIComponent(siteId)}&pageSize=500`;

export const fetchRoundsInProgress = () => getJson<ListEnvelope<RoundItem>>(roundsInProgressUrl);
export const fetchRound = (roundId: string) => getJson<RoundDetail>(roundUrl(roundId));
export const fetchChecklist = (roundId: string, siteId: string) => getJson<ListEnvelope<ChecklistItem>>(checklistUrl(roundId, siteId));
