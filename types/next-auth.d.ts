import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface Session {
    user?: {
      id: string;
      email?: string | null;
      name?: string | null;
      role: Role;
      provinceId: string | null;
      cityId: string | null;
      departmentId: string | null;
      mustChangePassword: boolean;
    };
  }
}
