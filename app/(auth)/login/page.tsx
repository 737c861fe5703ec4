import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/forms/login-form";
import { Alert } from "@/components/ui/alert";
import { safeCallbackUrl } from "@/components/layout/safe-callback-url";
import { getSessionActor } from "@/lib/auth/current-actor";
import { env } from "@/lib/env";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("login.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionActor()) redirect(callbackUrl);
  const t = await getT();
  const error = typeof params.error === "string" ? params.error : undefined;
  const ended = params.ended === "password" || params.ended === "everywhere" ? params.ended : undefined;
  return (
    <div className="w-full max-w-sm rounded-xl bg-white p-6 shadow-xl sm:p-8">
      <p className="text-center text-2xl font-bold tracking-wide text-red-800">{t("app.name")}</p>
      <p className="mt-1 text-center text-sm text-slate-500">{t("app.fullName")}</p>
      <h1 className="mt-6 mb-4 text-lg font-semibold text-slate-900">{t("login.title")}</h1>
      {ended && (
        <div className="mb-4">
          <Alert tone="info">{t(ended === "password" ? "login.endedPassword" : "login.endedEverywhere")}</Alert>
        </div>
      )}
      <LoginForm callbackUrl={callbackUrl} initialError={error === "THROTTLED" ? "THROTTLED" : error ? "INVALID" : undefined} />
      {env().isDemo && <p className="mt-6 rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900">{t("login.demoHint")}</p>}
    </div>
  );
}
