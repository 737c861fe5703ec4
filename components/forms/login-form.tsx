"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useT } from "@/lib/i18n/client";

type Failure = "INVALID" | "THROTTLED";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: Failure }) {
  const t = useT();
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | undefined>(initialError);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setFailure(undefined);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!result || result.error || !result.ok) {
      setFailure(result?.error === "THROTTLED" ? "THROTTLED" : "INVALID");
      setIsPending(false);
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {failure && <Alert tone="error">{t(failure === "THROTTLED" ? "login.throttled" : "login.failed")}</Alert>}
      <Field id="login-email" label={t("login.email")}>
        <Input id="login-email" name="email" type="email" autoComplete="username" required autoFocus />
      </Field>
      <Field id="login-password" label={t("login.password")}>
        <Input id="login-password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? t("login.submitting") : t("login.submit")}
      </Button>
    </form>
  );
}
