"use client";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { idValue, numberValue, textValue } from "@/components/forms/form-values";
import { OneTimeSecret } from "@/components/forms/one-time-secret";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { createApiTokenAction } from "@/lib/actions/api-tokens";
import { useT } from "@/lib/i18n/client";
import { TOKEN_ROLES, type CreateApiTokenInput } from "@/lib/validation/api-tokens";

type TokenRole = (typeof TOKEN_ROLES)[number];
const FIELDS = ["name", "role", "departmentId", "expiresInDays"];
const DEFAULT_DAYS = 90;

export function CreateTokenForm({ departments }: { departments: { id: string; name: string }[] }) {
  const t = useT();
  const [role, setRole] = useState<TokenRole>("INSPECTOR");
  const [createdToken, setCreatedToken] = useState<string | null>(null);
  const form = useActionForm(createApiTokenAction, {
    toInput: (data): CreateApiTokenInput => ({
      name: textValue(data, "name"),
      role,
      departmentId: role === "DEPARTMENT_LIAISON" ? idValue(data, "departmentId") : null,
      expiresInDays: numberValue(data, "expiresInDays") ?? Number.NaN,
    }),
    onSuccess: (data) => setCreatedToken(data.token),
  });
  const label = (name: string) => t(`tokens.fields.${name}`);

  return (
    <div className="space-y-4">
      {createdToken && <OneTimeSecret label={t("tokens.createdLabel")} value={createdToken} warning={t("tokens.shownOnce")} />}
      <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
        <FormError result={form.result} shownFields={FIELDS} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="token-name" name="name" label={label("name")} required hint={t("tokens.nameHint")} errors={form.errorsOf("name")} />
          <SelectField
            id="token-role"
            name="role"
            label={label("role")}
            required
            value={role}
            onChange={(event) => setRole(event.target.value as TokenRole)}
            options={TOKEN_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            errors={form.errorsOf("role")}
          />
          {role === "DEPARTMENT_LIAISON" && (
            <SelectField
              id="token-department"
              name="departmentId"
              label={label("department")}
              required
              placeholder={t("users.choose")}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
              errors={form.errorsOf("departmentId")}
            />
          )}
          <TextField
            id="token-days"
            name="expiresInDays"
            type="number"
            min={1}
            max={365}
            inputMode="numeric"
            label={label("expiresInDays")}
            required
            defaultValue={DEFAULT_DAYS}
            errors={form.errorsOf("expiresInDays")}
          />
        </div>
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? t("common.saving") : t("tokens.create")}
        </Button>
      </form>
    </div>
  );
}
