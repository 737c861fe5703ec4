import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

// The report form's client components translate; the other public pages carry no catalog.
export default function ReportLayout({ children }: { children: ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}
