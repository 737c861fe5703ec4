import { createHash } from "node:crypto";

/**
 * Where evidence bytes live, addressed by their SHA-256 (hex). The local store keeps them under
 * `DATA_DIR/files`; an S3-compatible store implements the same three calls. Storing the same
 * content twice keeps one copy, so records may share a hash.
 */
export interface FileStore {
  /** Stores the bytes and returns their content hash. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under `hash`, or null when there are none. */
  get(hash: string): Promise<Buffer | null>;
  has(hash: string): Promise<boolean>;
}

export function contentHashOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export const CONTENT_HASH = /^[0-9a-f]{64}$/;
