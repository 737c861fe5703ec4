import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import type { UserRow } from "@/lib/validation/users";

/** Inactive, locked, or still on an initial password; otherwise active. */
export function UserStatus({ user, t, now }: { user: Pick<UserRow, "isActive" | "lockedUntil" | "mustChangePassword">; t: Translate; now: Date }) {
  if (!user.isActive) return <Badge tone="red">{t("users.status.inactive")}</Badge>;
  if (user.lockedUntil && new Date(user.lockedUntil) > now) return <Badge tone="amber">{t("users.status.locked")}</Badge>;
  if (user.mustChangePassword) return <Badge tone="blue">{t("users.status.mustChange")}</Badge>;
  return <Badge tone="green">{t("users.status.active")}</Badge>;
}

export function userScope(user: Pick<UserRow, "provinceName" | "cityName" | "departmentName">): string {
  return [user.provinceName, user.cityName, user.departmentName].filter(Boolean).join(" / ") || "—";
}
