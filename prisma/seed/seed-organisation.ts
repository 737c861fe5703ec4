import type { Tx } from "@/lib/server/tx";
import { createCity } from "@/tests/factories/city";
import { createDepartments } from "@/tests/factories/department";
import { createProvince } from "@/tests/factories/province";
import { JIAYUGUAN_DEPARTMENTS, JIUQUAN_DEPARTMENTS, ZHANGYE_DEPARTMENTS, type DepartmentSeed } from "./data/departments";

export const DEMO_PROVINCE_CODE = "GS";

async function seedCity(tx: Tx, provinceId: string, name: string, slug: string, departments: DepartmentSeed[]) {
  const city = await createCity(tx, { provinceId, name, slug });
  return { city, departments: await createDepartments(tx, city.id, departments) };
}

/** The demo province, its three nominated cities and their departments. */
export async function seedOrganisation(tx: Tx) {
  const province = await createProvince(tx, { code: DEMO_PROVINCE_CODE, name: "甘肃省" });
  return {
    province,
    jiayuguan: await seedCity(tx, province.id, "嘉峪关市", "jiayuguan", JIAYUGUAN_DEPARTMENTS),
    zhangye: await seedCity(tx, province.id, "张掖市", "zhangye", ZHANGYE_DEPARTMENTS),
    jiuquan: await seedCity(tx, province.id, "酒泉市", "jiuquan", JIUQUAN_DEPARTMENTS),
  };
}

export type DemoOrganisation = Awaited<ReturnType<typeof seedOrganisation>>;
export type DemoCity = DemoOrganisation["jiayuguan"];
