import type { Role } from "@/lib/generated/prisma/enums";

// The demo accounts of conventions.md; the password is DEMO_PASSWORD (default Demo@2026).
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role; scope: string }> = [
  { email: "admin@demo.local", name: "系统管理员", role: "SYSTEM_ADMIN", scope: "全部（用户、测评体系、省份）" },
  { email: "supervisor@demo.local", name: "省文明办督导", role: "PROVINCE_SUPERVISOR", scope: "甘肃省（示范省）全部城市" },
  { email: "office@demo.local", name: "市文明办工作人员", role: "CITY_ADMIN", scope: "嘉峪关市" },
  { email: "inspector@demo.local", name: "督查员", role: "INSPECTOR", scope: "嘉峪关市督查" },
  { email: "liaison@demo.local", name: "城管局联络员", role: "DEPARTMENT_LIAISON", scope: "嘉峪关市 市城管局" },
];
