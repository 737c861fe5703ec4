import { db } from "@/lib/db";
import { listAuditEntries } from "@/lib/server/audit/list-audit-entries";
import { writeAuditEntry } from "@/lib/server/audit/write-audit-entry";
import { listCities } from "@/lib/server/cities/list-cities";
import { getDashboardSummary } from "@/lib/server/dashboard/get-dashboard-summary";
import { createDepartment } from "@/lib/server/departments/create-department";
import { deleteDepartment } from "@/lib/server/departments/delete-department";
import { getDepartmentOrThrow } from "@/lib/server/departments/get-department-or-throw";
import { listDepartments } from "@/lib/server/departments/list-departments";
import { restoreDepartment } from "@/lib/server/departments/restore-department";
import { updateDepartment } from "@/lib/server/departments/update-department";
import { createDepartment as makeDepartment } from "@/tests/factories/department";
import { uniqueSuffix } from "@/tests/factories/unique";
import { ANY, CITY, OWN, PROVINCE, assertListed, grants, type MatrixFixture, type MatrixRow } from "./types";

// Departments, cities, the audit log and the dashboard.

const freshDepartment = (f: MatrixFixture, deletedAt: Date | null = null) => makeDepartment(db(), { cityId: f.cityId, deletedAt });

export const departmentRows: MatrixRow[] = [
  {
    action: "department.list",
    run: async (actor, f) => assertListed((await listDepartments(actor, { cityId: f.cityId, pageSize: 500 })).items, f.departmentId),
    // A liaison lists its whole city (co-departments are named everywhere) but reads only its own.
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: CITY }),
  },
  {
    action: "department.get",
    run: (actor, f) => getDepartmentOrThrow(actor, f.departmentId),
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: OWN }),
  },
  {
    action: "department.create",
    // Always in the admin's own city (the input has no city), so the position does not apply.
    run: (actor) => createDepartment(actor, { name: `矩阵局${uniqueSuffix()}`, kind: "BUREAU" }),
    expect: grants({ CITY_ADMIN: ANY }),
  },
  {
    action: "department.update",
    run: async (actor, f) => updateDepartment(actor, { id: (await freshDepartment(f)).id, version: 1, leaderName: "矩阵" }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "department.delete",
    run: async (actor, f) => deleteDepartment(actor, { id: (await freshDepartment(f)).id, version: 1 }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "department.restore",
    run: async (actor, f) => restoreDepartment(actor, { id: (await freshDepartment(f, new Date())).id, version: 1 }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "city.list",
    run: async (actor, f) => assertListed(await listCities(actor), f.cityId),
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: CITY }),
  },
  {
    action: "audit.list",
    run: async (actor, f) => {
      const entityId = `matrix-${uniqueSuffix()}`;
      await db().$transaction((tx) => writeAuditEntry(tx, null, { action: "matrix.probe", entityType: "Probe", entityId, cityId: f.cityId }));
      const { items } = await listAuditEntries(actor, { entityId });
      assertListed(
        items.map((item) => ({ id: item.entityId ?? "" })),
        entityId,
      );
    },
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY }),
  },
  {
    action: "dashboard.summary",
    // Every role has a first screen over its own scope; there is no record to place.
    run: (actor) => getDashboardSummary(actor),
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: ANY, CITY_ADMIN: ANY, INSPECTOR: ANY, DEPARTMENT_LIAISON: ANY }),
  },
];
