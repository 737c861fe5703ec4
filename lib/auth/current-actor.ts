import "server-only";
import { getServerSession } from "next-auth";
import type { Actor } from "./actor";
import { authOptions } from "./options";

/** The signed-in user as an actor, or null. The session callback has just reloaded it from the database. */
export async function getSessionActor(): Promise<Actor | null> {
  const user = (await getServerSession(authOptions))?.user;
  if (!user?.id) return null;
  return {
    kind: "user",
    id: user.id,
    label: `${user.name ?? ""} <${user.email ?? ""}>`,
    role: user.role,
    provinceId: user.provinceId,
    cityId: user.cityId,
    departmentId: user.departmentId,
    mustChangePassword: user.mustChangePassword,
  };
}
