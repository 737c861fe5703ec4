import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { RoundForm } from "@/components/rounds/round-form";
import { mondayOf } from "@/lib/domain/rounds/monday-of";
import { addDays, todayInShanghai } from "@/lib/domain/dates";
import { getT } from "@/lib/i18n/server";
import { getRoundFormOptions } from "@/lib/server/rounds/get-round-form-options";
import { mayCreateRounds } from "@/lib/server/rounds/may-create-rounds";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("rounds.new") };
}

export default async function NewRoundPage() {
  const actor = await requireActor();
  if (!(await mayCreateRounds(actor))) notFound();
  const [options, t] = await Promise.all([orNotFound(getRoundFormOptions(actor)), getT()]);
  // A new round is this week's by default.
  const monday = mondayOf(todayInShanghai());
  return (
    <>
      <Link href="/rounds" className="mb-2 inline-block text-sm text-slate-600 hover:underline">
        ← {t("rounds.detail.back")}
      </Link>
      <PageHeader title={t("rounds.new")} description={t("rounds.form.description")} />
      <RoundForm options={options} defaults={{ periodStart: monday, periodEnd: addDays(monday, 6) }} />
    </>
  );
}
