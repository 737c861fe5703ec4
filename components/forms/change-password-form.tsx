"use client";
import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { changeOwnPasswordAction } from "@/lib/actions/account";
import { useT } from "@/lib/i18n/client";
import type { ChangeOwnPasswordInput } from "@/lib/validation/users";
import { FormError } from "./form-error";
import { textValue } from "./form-values";
import { TextField } from "./text-field";
import { useActionForm } from "./use-action-form";

type PasswordInput = ChangeOwnPasswordInput & { confirmPassword: string };

export function ChangePasswordForm() {
  const t = useT();
  const [mismatch, setMismatch] = useState(false);
  const form = useActionForm((input: PasswordInput) => changeOwnPasswordAction({ currentPassword: input.currentPassword, newPassword: input.newPassword }), {
    toInput: (data) => ({
      currentPassword: textValue(data, "currentPassword"),
      newPassword: textValue(data, "newPassword"),
      confirmPassword: textValue(data, "confirmPassword"),
    }),
    // A new password ends every session, this one too: sign in again with it.
    onSuccess: () => void signOut({ callbackUrl: "/login?ended=password" }),
  });

  // The confirmation is the browser's business: it never reaches the server.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const isMismatch = textValue(data, "newPassword") !== textValue(data, "confirmPassword");
    setMismatch(isMismatch);
    if (isMismatch) event.preventDefault();
    else form.onSubmit(event);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError result={form.result} shownFields={["currentPassword", "newPassword"]} />
      {form.result?.ok && <Alert tone="success">{t("account.done")}</Alert>}
      <TextField
        id="password-current"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("account.current")}
        required
        errors={form.errorsOf("currentPassword")}
      />
      <TextField
        id="password-new"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("account.new")}
        required
        hint={t("account.policy")}
        errors={form.errorsOf("newPassword")}
      />
      <TextField
        id="password-confirm"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        label={t("account.confirm")}
        required
        errors={mismatch ? [t("account.mismatch")] : undefined}
      />
      <Button type="submit" disabled={form.isPending}>
        {form.isPending ? t("common.saving") : t("account.submit")}
      </Button>
    </form>
  );
}
