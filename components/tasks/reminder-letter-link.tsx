import { requireActor } from "@/components/layout/require-actor";
import { can } from "@/lib/auth/permissions";
import { ReminderLetterDownload } from "./reminder-letter-download";

/** 下载提醒函 on a department's page, for the office only (nothing for anyone else). */
export async function ReminderLetterLink({ departmentId }: { departmentId: string }) {
  const actor = await requireActor();
  if (!can(actor, "manage:task")) return null;
  return <ReminderLetterDownload departmentId={departmentId} />;
}
