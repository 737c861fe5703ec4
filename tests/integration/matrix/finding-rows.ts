import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FindingStatus } from "@/lib/generated/prisma/enums";
import { dispatchFindings } from "@/lib/server/findings/dispatch-findings";
import { getFindingDetail } from "@/lib/server/findings/get-finding-detail";
import { listFindings } from "@/lib/server/findings/list-findings";
import { recordRecheck } from "@/lib/server/findings/record-recheck";
import { redirectFinding } from "@/lib/server/findings/redirect-finding";
import { reopenFinding } from "@/lib/server/findings/reopen-finding";
import { replyToFinding } from "@/lib/server/findings/reply-to-finding";
import { verifyFinding } from "@/lib/server/findings/verify-finding";
import { generateAssignmentSheet } from "@/lib/server/letters/generate-assignment-sheet";
import { createCheckFinding, createRecheckRound } from "../findings-world";
import { ANY, CITY, OWN, grants, type MatrixFixture, type MatrixRow } from "./types";

// Findings and rectification: "the record" is a fresh finding of the target department, made by
// a check that also counts for the other department of the target's city (the redirect target).

// No supervisor: findings are unpublished results (it reads publications).
const READERS = { SYSTEM_ADMIN: ANY, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: OWN };
const OFFICE = { CITY_ADMIN: CITY };

/** The target city's other department: each scenario city has two. */
function otherDepartmentOf(f: MatrixFixture): string {
  for (const scenario of [f.home, f.away]) {
    const pairs = [
      [scenario.departmentA1.id, scenario.departmentA2.id],
      [scenario.departmentB1.id, scenario.departmentB2.id],
    ];
    for (const [first, second] of pairs) {
      if (f.departmentId === first) return second;
      if (f.departmentId === second) return first;
    }
  }
  throw new Error("unknown department");
}

const findingOf = async (f: MatrixFixture, status: FindingStatus) =>
  (await createCheckFinding(db(), { cityId: f.cityId, departmentId: f.departmentId, otherDepartmentId: otherDepartmentOf(f), status })).finding;

const unseen = () => new AppError("NOT_FOUND", "not listed", 404);

export const findingRows: MatrixRow[] = [
  {
    action: "finding.list",
    run: async (actor, f) => {
      const finding = await findingOf(f, "DISPATCHED");
      const { items } = await listFindings(actor, { round: finding.roundId!, page: 1, pageSize: 50 });
      if (!items.some((item) => item.id === finding.id)) throw unseen();
    },
    expect: grants(READERS),
  },
  {
    action: "finding.detail",
    run: async (actor, f) => getFindingDetail(actor, (await findingOf(f, "DISPATCHED")).id),
    expect: grants(READERS),
  },
  {
    action: "finding.dispatch",
    run: async (actor, f) => {
      if ((await dispatchFindings(actor, { ids: [(await findingOf(f, "OPEN")).id] })).count !== 1) throw unseen();
    },
    expect: grants(OFFICE),
  },
  {
    action: "finding.reply",
    run: async (actor, f) => replyToFinding(actor, { id: (await findingOf(f, "DISPATCHED")).id, text: "已整改" }),
    expect: grants({ DEPARTMENT_LIAISON: OWN }),
  },
  {
    action: "finding.verify",
    run: async (actor, f) => verifyFinding(actor, { id: (await findingOf(f, "SUBMITTED")).id, decision: "ACCEPT" }),
    expect: grants(OFFICE),
  },
  {
    action: "finding.reopen",
    run: async (actor, f) => reopenFinding(actor, { id: (await findingOf(f, "VERIFIED")).id, reason: "复查未到位", falseRectification: true }),
    expect: grants(OFFICE),
  },
  {
    action: "finding.redirect",
    run: async (actor, f) => redirectFinding(actor, { id: (await findingOf(f, "OPEN")).id, departmentId: otherDepartmentOf(f) }),
    expect: grants({ CITY_ADMIN: CITY, INSPECTOR: CITY }),
  },
  {
    action: "recheck.record",
    run: async (actor, f) => {
      const finding = await findingOf(f, "VERIFIED");
      const round = await createRecheckRound(db(), f.cityId, [finding.id]);
      return recordRecheck(actor, { roundId: round.id, findingId: finding.id, result: "NOT_FIXED", note: "未整改到位" });
    },
    expect: grants({ CITY_ADMIN: CITY, INSPECTOR: CITY }),
  },
  {
    action: "department.assignment-sheet",
    run: async (actor, f) => {
      await findingOf(f, "DISPATCHED");
      return generateAssignmentSheet(actor, { departmentId: f.departmentId });
    },
    expect: grants(OFFICE),
  },
];
