import { requireActor } from "@/components/layout/require-actor";
import { InspectScreen } from "@/components/inspect/inspect-screen";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

// One page for the whole flow: round and site live in the address and change on the phone, so the
// one page the service worker keeps works for every screen while offline.
export default async function InspectPage() {
  const actor = await requireActor();
  if (!can(actor, "write:check")) {
    const t = await getT();
    return <p className="rounded-lg bg-white p-4 text-sm text-slate-700">{t("inspect.notInspector")}</p>;
  }
  return <InspectScreen userId={actor.id} />;
}
