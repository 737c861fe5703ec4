import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { formatInstant } from "@/lib/domain/dates";
import { getT } from "@/lib/i18n/server";
import type { UserRow } from "@/lib/validation/users";
import { UserStatus, userScope } from "./user-status";

export async function UsersTable({ items }: { items: UserRow[] }) {
  const t = await getT();
  const now = new Date();
  return (
    <Table caption={t("users.title")}>
      <thead>
        <tr>
          <Th>{t("users.fields.name")}</Th>
          <Th>{t("users.fields.email")}</Th>
          <Th>{t("users.fields.role")}</Th>
          <Th>{t("users.fields.scope")}</Th>
          <Th>{t("users.fields.status")}</Th>
          <Th>{t("users.fields.lastLoginAt")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 && <EmptyRow colSpan={6}>{t("users.empty")}</EmptyRow>}
        {items.map((user) => (
          <Tr key={user.id}>
            <Td>
              <Link href={`/users/${user.id}`} className="font-medium text-red-800 hover:underline">
                {user.name}
              </Link>
            </Td>
            <Td className="break-all">{user.email}</Td>
            <Td>
              <Badge>{t(`roles.${user.role}`)}</Badge>
            </Td>
            <Td>{userScope(user)}</Td>
            <Td>
              <UserStatus user={user} t={t} now={now} />
            </Td>
            <Td className="whitespace-nowrap">{user.lastLoginAt ? formatInstant(new Date(user.lastLoginAt)) : "—"}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
