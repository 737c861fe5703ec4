import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { ProvinceRow } from "@/lib/validation/provinces";
import { provinceRowInclude, toProvinceRow } from "./province-row";

/** Every province with its number of cities, for the system admin. */
export async function listProvinces(actor: Actor): Promise<ProvinceRow[]> {
  assertCan(actor, "read:province");
  const records = await db().province.findMany({ include: provinceRowInclude, orderBy: [{ code: "asc" }] });
  return records.map(toProvinceRow);
}
