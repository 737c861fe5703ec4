import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { ClientMessages } from "@/components/layout/client-messages";
import { requireActor } from "@/components/layout/require-actor";
import { UploadLimitProvider } from "@/components/ledger/upload-limit";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor({ allowPasswordChangePending: true });
  return (
    <ClientMessages>
      <UploadLimitProvider maxFileBytes={env().UPLOAD_MAX_BYTES}>
        <AppShell actor={actor}>{children}</AppShell>
      </UploadLimitProvider>
    </ClientMessages>
  );
}
