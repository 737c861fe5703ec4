import type { Actor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/errors";

/** A supervisor publishes for its own province only; an actor without one has nothing to publish for. */
export function requireProvinceId(actor: Actor): string {
  if (!actor.provinceId) throw forbidden();
  return actor.provinceId;
}
