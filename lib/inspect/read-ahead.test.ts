import { describe, expect, it } from "vitest";
import { createReadAhead } from "./read-ahead";

// The checklists of the inspector's sites are read ahead while online so the service worker has
// them in a dead zone; opening one site must not stop the others from being read.

function network() {
  const state = { online: true, reads: [] as string[], failing: new Set<string>() };
  const read = async (url: string) => {
    state.reads.push(url);
    if (state.failing.has(url)) throw new Error("offline");
  };
  return { state, readAhead: createReadAhead(read, () => state.online) };
}

describe("checklist read-ahead", () => {
  it("reads every URL once, in order, one at a time, also when asked again while it runs", async () => {
    const { state, readAhead } = network();
    const first = readAhead.request(["/a", "/b", "/c"]);
    const again = readAhead.request(["/a", "/b", "/c", "/d"]);
    await Promise.all([first, again]);
    expect(state.reads).toEqual(["/a", "/b", "/c", "/d"]);
    await readAhead.request(["/a", "/b"]);
    expect(state.reads).toEqual(["/a", "/b", "/c", "/d"]);
  });

  it("pauses while offline and goes on with the rest at the next request", async () => {
    const { state, readAhead } = network();
    state.online = false;
    await readAhead.request(["/a", "/b"]);
    expect(state.reads).toEqual([]);
    state.online = true;
    await readAhead.request([]);
    expect(state.reads).toEqual(["/a", "/b"]);
  });

  it("reads a URL that failed again at the next request, and only that one", async () => {
    const { state, readAhead } = network();
    state.failing.add("/b");
    await readAhead.request(["/a", "/b", "/c"]);
    expect(state.reads).toEqual(["/a", "/b", "/c"]);
    state.failing.clear();
    await readAhead.request(["/a", "/b", "/c"]);
    expect(state.reads).toEqual(["/a", "/b", "/c", "/b"]);
  });
});
