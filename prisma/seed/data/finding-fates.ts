import { addDays } from "@/lib/domain/dates";
import { between, pick, type Random } from "./task-fates";

// What became of each demo finding, decided from its dates so the demo always has every state:
// findings of the running round are mostly still open; those not yet due are anywhere in the loop;
// most past-due ones were verified (a few late, a few after a return) and the rest are overdue.
// Every event happens on or before today.

export type FindingStatusName = "OPEN" | "DISPATCHED" | "SUBMITTED" | "RETURNED" | "VERIFIED";
export type FindingEventSeed = { kind: "DISPATCHED" | "REPLIED" | "RETURNED" | "VERIFIED"; date: string; note: string | null; by: "office" | "department" };
export type FindingFate = { status: FindingStatusName; verifiedOn: string | null; events: FindingEventSeed[] };

const REPLIES = [
  "已组织人员现场清理，并建立日常巡查机制。",
  "已对破损设施完成维修更换，整改前后照片见附件。",
  "已约谈责任商户，现场秩序已恢复正常。",
  "已补齐缺失的公益广告和标识标牌。",
  "已安排专人每日保洁，问题点位已整改到位。",
];
const RETURNS = ["整改照片与问题点位不符，请重新整改并上传现场照片。", "现场复查仍有问题，请彻底整改。", "整改说明过于简单，请补充整改措施。"];
const VERIFIED_NOTE = "复查合格，予以销号。";

const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);

function weighted<T>(random: Random, choices: ReadonlyArray<readonly [T, number]>): T {
  let roll = random() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [choice, weight] of choices) {
    roll -= weight;
    if (roll < 0) return choice;
  }
  return choices[choices.length - 1][0];
}

function statusOf(random: Random, context: { roundOpen: boolean; due: string; today: string }): FindingStatusName {
  if (context.roundOpen)
    return weighted(random, [
      ["OPEN", 4],
      ["DISPATCHED", 1],
    ] as const);
  if (context.due >= context.today) {
    return weighted(random, [
      ["OPEN", 2],
      ["DISPATCHED", 3],
      ["SUBMITTED", 2.5],
      ["RETURNED", 1],
      ["VERIFIED", 2],
    ] as const);
  }
  return weighted(random, [
    ["VERIFIED", 80],
    ["DISPATCHED", 8],
    ["RETURNED", 6],
    ["SUBMITTED", 6],
  ] as const);
}

/** The finding's status, verification date and timeline; `checked` is the check's date. */
export function findingFate(random: Random, context: { checked: string; due: string; today: string; roundOpen: boolean }): FindingFate {
  const { checked, due, today } = context;
  const status = statusOf(random, context);
  if (status === "OPEN") return { status, verifiedOn: null, events: [] };
  // Each step a day or so after the last, never after today.
  let day = minDate(addDays(checked, between(random, 0, 1)), today);
  const next = (min: number, max: number) => (day = minDate(addDays(day, between(random, min, max)), today));
  const events: FindingEventSeed[] = [{ kind: "DISPATCHED", date: day, note: "请按期整改并上传整改照片。", by: "office" }];
  if (status === "DISPATCHED") return { status, verifiedOn: null, events };
  const returnedOnce = status === "RETURNED" || (status === "VERIFIED" && random() < 0.15);
  events.push({ kind: "REPLIED", date: next(1, 3), note: pick(random, REPLIES), by: "department" });
  if (returnedOnce) {
    events.push({ kind: "RETURNED", date: next(0, 2), note: pick(random, RETURNS), by: "office" });
    if (status === "RETURNED") return { status, verifiedOn: null, events };
    events.push({ kind: "REPLIED", date: next(1, 2), note: pick(random, REPLIES), by: "department" });
  }
  if (status === "SUBMITTED") return { status, verifiedOn: null, events };
  // A few past-due findings were verified after their due date (not rectified on time).
  const late = due < today && random() < 0.15;
  const verifiedOn = late ? minDate(addDays(maxDate(day, due), between(random, 1, 4)), today) : minDate(maxDate(next(0, 2), day), maxDate(due, day));
  events.push({ kind: "VERIFIED", date: verifiedOn, note: VERIFIED_NOTE, by: "office" });
  return { status: "VERIFIED", verifiedOn, events };
}
