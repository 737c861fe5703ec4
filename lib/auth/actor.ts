import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

/** Who is acting: a signed-in user or an API token, with the scope of its role. */
export type Actor = {
  kind: "user" | "token";
  id: string;
  label: string;
  role: Role;
  provinceId: string | null;
  cityId: string | null;
  departmentId: string | null;
  mustChangePassword: boolean;
};

export const ROLES = ["SYSTEM_ADMIN", "PROVINCE_SUPERVISOR", "CITY_ADMIN", "INSPECTOR", "DEPARTMENT_LIAISON"] as const satisfies readonly Role[];
