import { describe, expect, it } from "vitest";
import { effectivePublications, escalationLevels, escalationStep } from "./escalation";
import { ScoringInputError } from "./scoring-input-error";

const levels = (publications: Parameters<typeof escalationLevels>[0]) => Object.fromEntries(escalationLevels(publications));

describe("escalation level = length of the black-list streak in consecutive publications", () => {
  it("counts the streak ending at the latest publication", () => {
    const publications = [
      { id: "p1", blackList: ["X"] },
      { id: "p2", blackList: ["X", "Y"] },
      { id: "p3", blackList: ["Y", "X"] },
    ];
    expect(levels(publications)).toEqual({ X: 3, Y: 2 });
    // off the list once: the streak restarts
    expect(levels([...publications, { id: "p4", blackList: ["Y"] }, { id: "p5", blackList: ["X", "Y"] }])).toEqual({ X: 1, Y: 4 });
  });

  it("a department not on the latest black list has no level", () => {
    expect(
      levels([
        { id: "p1", blackList: ["X"] },
        { id: "p2", blackList: [] },
      ]),
    ).toEqual({});
    expect(levels([])).toEqual({});
  });

  it("a superseded publication is replaced by its correction, in its place", () => {
    const publications = [
      { id: "p1", blackList: ["X"] },
      { id: "p2", blackList: ["Y"] },
      { id: "p3", blackList: ["X"] },
      { id: "p2c", supersedes: "p2", blackList: ["X"] }, // the correction of p2 puts X on p2's list
    ];
    expect(effectivePublications(publications).map((publication) => publication.id)).toEqual(["p1", "p2c", "p3"]);
    expect(levels(publications)).toEqual({ X: 3 }); // without the correction X would be at 1
  });

  it("a correction that takes a department off breaks its streak; corrections of corrections chain", () => {
    const publications = [
      { id: "p1", blackList: ["X"] },
      { id: "p2", blackList: ["X"] },
      { id: "p3", blackList: ["X"] },
      { id: "p2c", supersedes: "p2", blackList: ["X"] },
      { id: "p2cc", supersedes: "p2c", blackList: [] },
    ];
    expect(levels(publications)).toEqual({ X: 1 });
    expect(levels([...publications, { id: "p3c", supersedes: "p3", blackList: [] }])).toEqual({});
  });

  it("streaks count publications, not drafts", () => {
    const publications = [
      { id: "p1", blackList: ["X"] },
      { id: "draft", isDraft: true, blackList: [] },
      { id: "p2", blackList: ["X"] },
      { id: "draft2", isDraft: true, blackList: ["X", "Y"] },
    ];
    expect(levels(publications)).toEqual({ X: 2 });
  });

  it("a correction of an unknown publication is invalid input", () => {
    expect(() => escalationLevels([{ id: "p1", supersedes: "nope", blackList: [] }])).toThrow(ScoringInputError);
    expect(() => escalationLevels([{ id: "p1", supersedes: "nope", blackList: [] }])).toThrow(/^publications\[0\]\.supersedes: /);
  });
});

describe("escalationStep", () => {
  it("1 reminder letter, 2 meeting with the leader, 3+ accountability", () => {
    expect([0, 1, 2, 3, 7].map(escalationStep)).toEqual([null, "REMINDER_LETTER", "LEADER_MEETING", "ACCOUNTABILITY", "ACCOUNTABILITY"]);
  });
});
