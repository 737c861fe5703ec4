import type { Actor } from "@/lib/auth/actor";

/** The person's name: a session actor's label is "name <email>". */
export function actorDisplayName(actor: Pick<Actor, "label">): string {
  const name = actor.label.replace(/\s*<[^>]*>\s*$/, "").trim();
  return name || actor.label;
}
