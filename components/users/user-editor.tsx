"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import type { Role } from "@/lib/auth/actor";
import { useT } from "@/lib/i18n/client";
import type { UserRow } from "@/lib/validation/users";
import type { ScopeOptions } from "./scope-options";
import { UserForm } from "./user-form";

type Props = { user: UserRow; roles: readonly Role[]; scope: ScopeOptions; fixedCityId: string | null; isSelf: boolean };

/** The edit form, fresh for every version the page shows. */
export function UserEditor({ user, ...rest }: Props) {
  const t = useT();
  const [savedOver, setSavedOver] = useState<number | null>(null);
  return (
    <div className="space-y-3">
      {savedOver === user.version - 1 && <Alert tone="success">{t("common.saved")}</Alert>}
      <UserForm key={user.version} user={user} {...rest} onSaved={() => setSavedOver(user.version)} />
    </div>
  );
}
