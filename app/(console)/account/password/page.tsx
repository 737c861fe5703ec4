import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { SignOutEverywhereButton } from "@/components/forms/sign-out-everywhere-button";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("account.title") };
}

export default async function ChangePasswordPage() {
  const actor = await requireActor({ allowPasswordChangePending: true });
  const t = await getT();
  return (
    <div className="max-w-lg">
      <PageHeader title={t("account.title")} />
      {actor.mustChangePassword && (
        <div className="mb-4">
          <Alert tone="warning">{t("account.mustChange")}</Alert>
        </div>
      )}
      <Card>
        <ChangePasswordForm />
      </Card>
      <section className="mt-6" aria-labelledby="sessions-title">
        <Card>
          <h2 id="sessions-title" className="mb-2 text-base font-semibold text-slate-900">
            {t("account.sessionsTitle")}
          </h2>
          <p className="mb-4 text-sm text-slate-600">{t("account.sessionsHint")}</p>
          <SignOutEverywhereButton />
        </Card>
      </section>
    </div>
  );
}
