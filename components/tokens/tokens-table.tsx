import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { formatInstant } from "@/lib/domain/dates";
import { getT } from "@/lib/i18n/server";
import type { ApiTokenRow } from "@/lib/validation/api-tokens";
import { RevokeTokenButton } from "./revoke-token-button";

const instant = (value: string | null) => (value ? formatInstant(new Date(value)) : "—");

export async function TokensTable({ tokens }: { tokens: ApiTokenRow[] }) {
  const t = await getT();
  const now = new Date();
  return (
    <Table caption={t("tokens.title")}>
      <thead>
        <tr>
          {["name", "prefix", "role", "status", "expiresAt", "lastUsedAt", "createdAt"].map((name) => (
            <Th key={name}>{t(`tokens.fields.${name}`)}</Th>
          ))}
          <Th>
            <span className="sr-only">{t("common.actions")}</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {tokens.length === 0 && <EmptyRow colSpan={8}>{t("tokens.empty")}</EmptyRow>}
        {tokens.map((token) => {
          const isRevoked = token.revokedAt !== null;
          const isExpired = !isRevoked && new Date(token.expiresAt) <= now;
          return (
            <Tr key={token.id}>
              <Td className="font-medium">{token.name}</Td>
              <Td>
                <code className="font-mono text-xs">{token.prefix}…</code>
              </Td>
              <Td>
                {t(`roles.${token.role}`)}
                {token.departmentName && <span className="block text-xs text-slate-500">{token.departmentName}</span>}
              </Td>
              <Td>
                {isRevoked ? (
                  <Badge tone="red">{t("tokens.status.revoked")}</Badge>
                ) : isExpired ? (
                  <Badge tone="amber">{t("tokens.status.expired")}</Badge>
                ) : (
                  <Badge tone="green">{t("tokens.status.active")}</Badge>
                )}
              </Td>
              <Td className="whitespace-nowrap">{instant(token.expiresAt)}</Td>
              <Td className="whitespace-nowrap">{instant(token.lastUsedAt)}</Td>
              <Td className="whitespace-nowrap">
                {instant(token.createdAt)}
                <span className="block text-xs text-slate-500">{token.createdByName}</span>
              </Td>
              <Td>{!isRevoked && !isExpired && <RevokeTokenButton id={token.id} name={token.name} />}</Td>
            </Tr>
          );
        })}
      </tbody>
    </Table>
  );
}
