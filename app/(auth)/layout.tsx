import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { ClientMessages } from "@/components/layout/client-messages";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages>
      <div className="flex min-h-screen flex-col bg-gradient-to-b from-red-800 to-red-950">
        <div className="flex justify-end p-3">
          <LanguageSwitch />
        </div>
        <main className="flex flex-1 items-start justify-center px-4 pt-8 pb-16 sm:items-center sm:pt-0">{children}</main>
      </div>
    </ClientMessages>
  );
}
