import type { Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/tx";
import { createUser, type UserOverrides } from "@/tests/factories/user";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import type { DemoOrganisation } from "./seed-organisation";

/** City admins of the two other demo cities, so that a supervisor compares several offices. */
export const OTHER_CITY_ADMINS = [
  { email: "office.zhangye@demo.local", name: "张掖市文明办工作人员", city: "zhangye" },
  { email: "office.jiuquan@demo.local", name: "酒泉市文明办工作人员", city: "jiuquan" },
] as const;

function demoScope(org: DemoOrganisation, role: Role): Pick<UserOverrides, "provinceId" | "cityId" | "departmentId"> {
  const { city, departments } = org.jiayuguan;
  switch (role) {
    case "SYSTEM_ADMIN":
      return {};
    case "PROVINCE_SUPERVISOR":
      return { provinceId: org.province.id };
    case "DEPARTMENT_LIAISON":
      return { cityId: city.id, departmentId: departments.find((d) => d.name === "市城管局")!.id };
    default:
      return { cityId: city.id };
  }
}

/**
 * The demo accounts of conventions.md plus the other cities' admins. They must change the
 * password like any new account; the app exempts demo accounts while DEMO mode is on.
 */
export async function seedAccounts(tx: Tx, org: DemoOrganisation, passwordHash: string) {
  const demo = { passwordHash, isDemo: true, mustChangePassword: true };
  const users = [];
  for (const account of DEMO_ACCOUNTS) {
    const scope = demoScope(org, account.role);
    users.push(await createUser(tx, { ...demo, email: account.email, name: account.name, role: account.role, ...scope }));
  }
  for (const admin of OTHER_CITY_ADMINS) {
    const cityId = org[admin.city].city.id;
    users.push(await createUser(tx, { ...demo, email: admin.email, name: admin.name, role: "CITY_ADMIN", cityId }));
  }
  return users;
}
