"use client";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { idValue, textValue } from "@/components/forms/form-values";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionConflict } from "@/components/forms/version-conflict";
import { Button } from "@/components/ui/button";
import { createUserAction, updateUserAction } from "@/lib/actions/users";
import type { Role } from "@/lib/auth/actor";
import { useT } from "@/lib/i18n/client";
import type { UserRow } from "@/lib/validation/users";
import { CITY_ROLES, scopeForRole, type ScopeOptions } from "./scope-options";

const FIELDS = ["email", "name", "phone", "role", "provinceId", "cityId", "departmentId"];

type Props = {
  user?: UserRow;
  roles: readonly Role[];
  scope: ScopeOptions;
  /** A city admin's own city: its users cannot be put anywhere else. */
  fixedCityId: string | null;
  isSelf?: boolean;
  onSaved?: (data: unknown) => void;
  onCancel?: () => void;
};

/** Create a user (no `user`) or change one's name, role and scope. Key it by the user's version. */
export function UserForm({ user, roles, scope, fixedCityId, isSelf = false, onSaved, onCancel }: Props) {
  const t = useT();
  const [role, setRole] = useState<Role>(user?.role ?? roles[roles.length - 1]);
  const [cityId, setCityId] = useState(fixedCityId ?? user?.cityId ?? "");
  const form = useActionForm(
    (form: FormData) => {
      const fields = {
        name: textValue(form, "name"),
        phone: textValue(form, "phone"),
        role,
        ...scopeForRole(role, { provinceId: idValue(form, "provinceId"), cityId: cityId || null, departmentId: idValue(form, "departmentId") }),
      };
      return user ? updateUserAction({ ...fields, id: user.id, version: user.version }) : createUserAction({ ...fields, email: textValue(form, "email") });
    },
    { toInput: (form) => form, onSuccess: onSaved },
  );
  const label = (name: string) => t(`users.fields.${name}`);
  const prefix = user ? `user-${user.id}` : "user-new";
  const choose = t("users.choose");

  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <VersionConflict
        result={form.result}
        fields={["name", "phone", "role", "cityName", "departmentName", "version"].map((name) => ({
          name,
          label: label(name.replace(/Name$/, "")),
          format: name === "role" ? (value) => t(`roles.${String(value)}`) : undefined,
        }))}
      />
      <FormError result={form.result} shownFields={FIELDS} />
      <div className="grid gap-4 sm:grid-cols-2">
        {!user && (
          <TextField id={`${prefix}-email`} name="email" type="email" label={label("email")} required autoComplete="off" errors={form.errorsOf("email")} />
        )}
        <TextField id={`${prefix}-name`} name="name" label={label("name")} required defaultValue={user?.name} errors={form.errorsOf("name")} />
        <TextField id={`${prefix}-phone`} name="phone" type="tel" label={label("phone")} defaultValue={user?.phone ?? ""} errors={form.errorsOf("phone")} />
        <SelectField
          id={`${prefix}-role`}
          name="role"
          label={label("role")}
          required
          value={role}
          disabled={isSelf}
          hint={isSelf ? t("users.cannotChangeOwnRole") : undefined}
          onChange={(event) => setRole(event.target.value as Role)}
          options={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
          errors={form.errorsOf("role")}
        />
        {role === "PROVINCE_SUPERVISOR" && (
          <SelectField
            id={`${prefix}-province`}
            name="provinceId"
            label={label("province")}
            required
            placeholder={choose}
            defaultValue={user?.provinceId ?? ""}
            options={scope.provinces.map((p) => ({ value: p.id, label: p.name }))}
            errors={form.errorsOf("provinceId")}
          />
        )}
        {CITY_ROLES.includes(role) && (
          <SelectField
            id={`${prefix}-city`}
            name="cityId"
            label={label("city")}
            required
            placeholder={choose}
            value={cityId}
            disabled={fixedCityId !== null}
            onChange={(event) => setCityId(event.target.value)}
            options={scope.cities.map((c) => ({ value: c.id, label: c.name }))}
            errors={form.errorsOf("cityId")}
          />
        )}
        {role === "DEPARTMENT_LIAISON" && (
          <SelectField
            key={cityId}
            id={`${prefix}-department`}
            name="departmentId"
            label={label("department")}
            required
            placeholder={choose}
            defaultValue={user?.cityId === cityId ? (user?.departmentId ?? "") : ""}
            options={scope.departments.filter((d) => d.cityId === cityId).map((d) => ({ value: d.id, label: d.name }))}
            errors={form.errorsOf("departmentId")}
          />
        )}
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? t("common.saving") : user ? t("common.save") : t("users.create")}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
