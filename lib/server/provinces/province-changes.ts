import { invalidInput } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";

export async function assertProvinceCodeFree(tx: Tx, code: string, exceptId?: string): Promise<void> {
  const clash = await tx.province.findFirst({ where: { code, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true } });
  if (clash) throw invalidInput({ code: [`省份代码已被“${clash.name}”使用`] });
}
