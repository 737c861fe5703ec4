"use client";
import { createContext, useContext, type ReactNode } from "react";

// The server's per-file upload limit (UPLOAD_MAX_BYTES is read at run time, so it cannot be baked
// into the client bundle): the console layout provides it, the ledger forms check against it.
const UploadLimitContext = createContext<number | null>(null);

export function UploadLimitProvider({ maxFileBytes, children }: { maxFileBytes: number; children?: ReactNode }) {
  return <UploadLimitContext.Provider value={maxFileBytes}>{children}</UploadLimitContext.Provider>;
}

/** The per-file limit in bytes, or null outside the console (the server still checks). */
export function useUploadLimit(): number | null {
  return useContext(UploadLimitContext);
}
