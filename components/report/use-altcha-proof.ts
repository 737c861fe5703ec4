"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkerMessage } from "./altcha-worker";

export type ProofState = { status: "working"; percent: number } | { status: "ready"; payload: string } | { status: "failed" };

type Challenge = { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string };

const CHALLENGE_URL = "/api/public/v1/reports/challenge";

/**
 * Fetches a challenge and solves it in a Web Worker while the resident writes, so the page stays
 * responsive; `renew()` starts over (after the server refused a stale proof). The payload is what
 * `altcha-lib/v1`'s verifySolution reads: base64 of {algorithm, challenge, number, salt, signature}.
 */
export function useAltchaProof(): { proof: ProofState; renew: () => void } {
  const [proof, setProof] = useState<ProofState>({ status: "working", percent: 0 });
  const [round, setRound] = useState(0);
  const worker = useRef<Worker | null>(null);

  useEffect(() => {
    let isCurrent = true;
    (async () => {
      try {
        const response = await fetch(CHALLENGE_URL, { cache: "no-store" });
        if (!response.ok) throw new Error(`challenge ${response.status}`);
        const challenge = (await response.json()) as Challenge;
        if (!isCurrent) return;
        const solver = new Worker(new URL("./altcha-worker.ts", import.meta.url));
        worker.current = solver;
        solver.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
          if (!isCurrent) return;
          if (data.type === "progress") setProof({ status: "working", percent: Math.min(99, Math.floor((data.tried / challenge.maxnumber) * 100)) });
          else if (data.type === "failed") setProof({ status: "failed" });
          else {
            const { algorithm, challenge: hash, salt, signature } = challenge;
            setProof({ status: "ready", payload: btoa(JSON.stringify({ algorithm, challenge: hash, number: data.number, salt, signature })) });
            solver.terminate();
          }
        };
        solver.onerror = () => isCurrent && setProof({ status: "failed" });
        solver.postMessage({ challenge: challenge.challenge, salt: challenge.salt, max: challenge.maxnumber });
      } catch {
        if (isCurrent) setProof({ status: "failed" });
      }
    })();
    return () => {
      isCurrent = false;
      worker.current?.terminate();
      worker.current = null;
    };
  }, [round]);

  const renew = useCallback(() => {
    setProof({ status: "working", percent: 0 });
    setRound((value) => value + 1);
  }, []);
  return { proof, renew };
}
