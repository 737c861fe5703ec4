import { describe, expect, it } from "vitest";
import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db";
import { defineUseCase } from "@/lib/server/use-case";
import { createUser } from "@/tests/factories/user";
import { createCity } from "@/tests/factories/city";

// A small use case over a real table, to prove what the wrapper guarantees for every use case.
const renameCity = defineUseCase({
  name: "test.rename-city",
  permission: "manage:department",
  input: z.object({ name: z.string().min(2), failAfterWrite: z.boolean().default(false), skipAudit: z.boolean().default(false) }),
  run: async ({ tx, actor, input, audit }) => {
    const before = await tx.city.findUniqueOrThrow({ where: { id: actor.cityId! } });
    const after = await tx.city.update({ where: { id: before.id }, data: { name: input.name } });
    if (!input.skipAudit) await audit({ entityType: "City", entityId: after.id, cityId: after.id, before, after });
    if (input.failAfterWrite) throw new Error("boom");
    return after;
  },
});

describe("defineUseCase", () => {
  it("validates, authorizes, writes and audits in one transaction", async () => {
    const { actor } = await createUser(db(), { role: "CITY_ADMIN" });
    const result = await renameCity(actor, { name: "新名字市" });
    expect(result.name).toBe("新名字市");
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "test.rename-city", entityId: actor.cityId! } });
    expect(entry).toMatchObject({ actorId: actor.id, cityId: actor.cityId, after: expect.objectContaining({ name: "新名字市" }) });
  });

  it("answers invalid input with Chinese field errors and writes nothing", async () => {
    const { actor } = await createUser(db(), { role: "CITY_ADMIN" });
    await expect(renameCity(actor, { name: "x" })).rejects.toMatchObject({ status: 422, fieldErrors: { name: [expect.stringMatching(/[\u4e00-\u9fff]/)] } });
  });

  it("refuses a role without the permission (deny by default)", async () => {
    const { actor } = await createUser(db(), { role: "INSPECTOR" });
    await expect(renameCity(actor, { name: "新名字市" })).rejects.toMatchObject({ status: 403 });
  });

  it("rolls back the write and its audit entry when the use case fails", async () => {
    const city = await createCity(db());
    const { actor } = await createUser(db(), { role: "CITY_ADMIN", cityId: city.id });
    await expect(renameCity(actor, { name: "不该保存市", failAfterWrite: true })).rejects.toThrow("boom");
    expect((await db().city.findUniqueOrThrow({ where: { id: city.id } })).name).toBe(city.name);
    expect(await db().auditLog.count({ where: { entityId: city.id } })).toBe(0);
  });

  it("rolls back a use case that changed data without auditing it", async () => {
    const city = await createCity(db());
    const { actor } = await createUser(db(), { role: "CITY_ADMIN", cityId: city.id });
    await expect(renameCity(actor, { name: "未审计市", skipAudit: true })).rejects.toMatchObject({ code: "INTERNAL" });
    expect((await db().city.findUniqueOrThrow({ where: { id: city.id } })).name).toBe(city.name);
  });

  it("lets a user who must change a default password do nothing else", async () => {
    const { actor } = await createUser(db(), { role: "CITY_ADMIN", mustChangePassword: true });
    await expect(renameCity(actor, { name: "新名字市" })).rejects.toMatchObject({ status: 403 });
  });
});

describe("the audit log", () => {
  it("is append-only: the database refuses updates and deletes", async () => {
    const { actor } = await createUser(db(), { role: "CITY_ADMIN" });
    await renameCity(actor, { name: "审计测试市" });
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: actor.cityId! } });
    await expect(db().auditLog.update({ where: { id: entry.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db().auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect((await db().auditLog.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("test.rename-city");
  });
});

describe("a unique constraint lost to a concurrent writer", () => {
  const addDepartment = defineUseCase({
    name: "test.add-department",
    permission: "manage:department",
    input: z.object({ name: z.string() }),
    run: async ({ tx, actor, input, audit }) => {
      const created = await tx.department.create({ data: { cityId: actor.cityId!, name: input.name } });
      await audit({ entityType: "Department", entityId: created.id, cityId: actor.cityId });
      return created;
    },
  });

  it("is a 409 conflict, not a server error", async () => {
    const { actor } = await createUser(db(), { role: "CITY_ADMIN" });
    await addDepartment(actor, { name: "市城管局" });
    await expect(addDepartment(actor, { name: "市城管局" })).rejects.toMatchObject({ status: 409, code: "DUPLICATE" });
  });
});
