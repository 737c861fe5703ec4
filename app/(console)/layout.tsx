import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requireActor } from "@/components/layout/require-actor";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor({ allowPasswordChangePending: true });
  return <AppShell actor={actor}>{children}</AppShell>;
}
