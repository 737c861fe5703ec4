import { formatInstant } from "@/lib/domain/dates";
import { getT } from "@/lib/i18n/server";
import type { UserRow } from "@/lib/validation/users";
import { UserStatus, userScope } from "./user-status";

export async function UserDetails({ user }: { user: UserRow }) {
  const t = await getT();
  const instant = (value: string | null) => (value ? formatInstant(new Date(value)) : "—");
  const rows: [string, React.ReactNode][] = [
    [t("users.fields.email"), user.email],
    [t("users.fields.phone"), user.phone || "—"],
    [t("users.fields.role"), t(`roles.${user.role}`)],
    [t("users.fields.scope"), userScope(user)],
    [t("users.fields.status"), <UserStatus key="status" user={user} t={t} now={new Date()} />],
    [t("users.fields.lastLoginAt"), instant(user.lastLoginAt)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="mt-0.5 text-sm break-all text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
