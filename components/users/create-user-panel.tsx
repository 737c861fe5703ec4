"use client";
import { useState } from "react";
import { OneTimeSecret } from "@/components/forms/one-time-secret";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Role } from "@/lib/auth/actor";
import { useT } from "@/lib/i18n/client";
import type { ScopeOptions } from "./scope-options";
import { UserForm } from "./user-form";

type Created = { user: { name: string; email: string }; initialPassword: string };

export function CreateUserPanel({ roles, scope, fixedCityId }: { roles: readonly Role[]; scope: ScopeOptions; fixedCityId: string | null }) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <div className="space-y-3">
      {created && (
        <OneTimeSecret
          label={t("users.initialPasswordFor", { name: created.user.name, email: created.user.email })}
          value={created.initialPassword}
          warning={t("users.passwordShownOnce")}
        />
      )}
      {isOpen ? (
        <Card title={t("users.create")}>
          <UserForm
            roles={roles}
            scope={scope}
            fixedCityId={fixedCityId}
            onSaved={(data) => {
              setCreated(data as Created);
              setIsOpen(false);
            }}
            onCancel={() => setIsOpen(false)}
          />
        </Card>
      ) : (
        <Button
          onClick={() => {
            setIsOpen(true);
            setCreated(null);
          }}
        >
          {t("users.create")}
        </Button>
      )}
    </div>
  );
}
