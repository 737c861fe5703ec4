// "Did you mean …?" for a department name nobody has: the candidate that shares the longest run
// of characters with it (城管局 → 市城管局), then the smallest edit distance, then the shortest.

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

export function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      if (a[i - 1] !== b[j - 1]) continue;
      next[j] = row[j - 1] + 1;
      if (next[j] > best) best = next[j];
    }
    row = next;
  }
  return best;
}

/** The most characters the two share in the same order (城市管理局 and 市城管局 share 城管局). */
export function longestCommonSubsequence(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) next[j] = a[i - 1] === b[j - 1] ? row[j - 1] + 1 : Math.max(row[j], next[j - 1]);
    row = next;
  }
  return row[b.length];
}

/**
 * The candidate closest to `name`, or undefined when none is close: a candidate must share at
 * least two characters and three fifths of the name in order, or be one edit away (a suggestion
 * that shares little would only mislead). Ties go to the longer shared run, then fewer edits.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const ranked = candidates
    .map((candidate) => ({
      candidate,
      shared: longestCommonSubsequence(name, candidate),
      run: longestCommonSubstring(name, candidate),
      distance: editDistance(name, candidate),
    }))
    .filter(({ shared, distance }) => (shared >= Math.min(2, name.length) && shared >= name.length * 0.6) || distance <= 1)
    .sort((a, b) => b.shared - a.shared || b.run - a.run || a.distance - b.distance || a.candidate.length - b.candidate.length);
  return ranked[0]?.candidate;
}
