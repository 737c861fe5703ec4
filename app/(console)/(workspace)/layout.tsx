import type { ReactNode } from "react";
import { requireActor } from "@/components/layout/require-actor";

export const dynamic = "force-dynamic";

// Every console page but /account/password sits below this layout: a user who still has an
// initial or reset password is sent to change it first.
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  await requireActor();
  return children;
}
