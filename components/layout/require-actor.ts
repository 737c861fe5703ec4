import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { getSessionActor } from "@/lib/auth/current-actor";

// Once per request, however many layouts and pages ask. These redirects are for the user's
// convenience; the use cases and reads check the actor again.
const loadActor = cache(getSessionActor);

/** The signed-in actor; signed-out visitors go to /login, and one who must change the password goes there first. */
export async function requireActor({ allowPasswordChangePending = false } = {}): Promise<Actor> {
  const actor = await loadActor();
  if (!actor) redirect("/login");
  if (actor.mustChangePassword && !allowPasswordChangePending) redirect("/account/password");
  return actor;
}
