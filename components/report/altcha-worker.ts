// The ALTCHA (version 1) proof of work, off the page's thread: find the number n ≤ max for which
// SHA-256(salt + n) is the challenge. Reports how far it got now and then, so the form can show it.
type Work = { challenge: string; salt: string; max: number };
export type WorkerMessage = { type: "progress"; tried: number } | { type: "solved"; number: number } | { type: "failed" };

const scope = self as unknown as { onmessage: ((event: MessageEvent<Work>) => void) | null; postMessage: (message: WorkerMessage) => void };
const PROGRESS_EVERY = 2000;

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

function isSame(digest: ArrayBuffer, expected: Uint8Array): boolean {
  const actual = new Uint8Array(digest);
  if (actual.length !== expected.length) return false;
  for (let i = 0; i < actual.length; i++) if (actual[i] !== expected[i]) return false;
  return true;
}

scope.onmessage = async ({ data }) => {
  const expected = hexBytes(data.challenge);
  const encoder = new TextEncoder();
  for (let n = 0; n <= data.max; n++) {
    if (isSame(await crypto.subtle.digest("SHA-256", encoder.encode(data.salt + n)), expected)) return scope.postMessage({ type: "solved", number: n });
    if (n % PROGRESS_EVERY === 0) scope.postMessage({ type: "progress", tried: n });
  }
  scope.postMessage({ type: "failed" });
};
