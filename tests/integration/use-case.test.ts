import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { prepareEvidence } from "@/lib/server/evidence/prepare-evidence";
import { fileStore, setFileStore } from "@/lib/server/storage";
import { defineUseCase } from "@/lib/server/use-case";
import { idSchema } from "@/lib/validation/primitives";
import { uploadedFiles } from "@/lib/validation/uploads";
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

describe("the phases: role, input, load, prepare outside the transaction, run inside it", () => {
  // Counts what reaches the file store, so a refused request is seen to store nothing.
  let puts = 0;
  beforeAll(() => {
    const inner = fileStore();
    setFileStore({ put: (bytes) => ((puts += 1), inner.put(bytes)), get: (hash) => inner.get(hash), has: (hash) => inner.has(hash) });
  });
  afterAll(() => setFileStore(undefined));

  const phases: string[] = [];
  const addDepartmentWithPhotos = defineUseCase({
    name: "test.add-department-with-photos",
    permission: "manage:department",
    input: z.object({ cityId: idSchema, name: z.string().min(2), photos: uploadedFiles({ max: 2 }), failInRun: z.boolean().default(false) }),
    load: async ({ actor, input }) => {
      phases.push("load");
      const city = await db().city.findFirst({ where: { id: input.cityId, AND: [{ id: actor.cityId! }] }, select: { id: true, name: true } });
      if (!city) throw notFound("城市");
      return city;
    },
    prepare: async ({ input, loaded }) => {
      phases.push("prepare");
      return { cityName: loaded.name, files: await prepareEvidence(input.photos) };
    },
    run: async ({ tx, input, loaded, prepared, audit }) => {
      phases.push("run");
      const created = await tx.department.create({ data: { cityId: loaded.id, name: input.name } });
      await audit({ entityType: "Department", entityId: created.id, cityId: loaded.id });
      if (input.failInRun) throw new Error("boom");
      return { department: created, prepared };
    },
  });
  const photo = async (seed: number) => ({
    name: `现场${seed}.jpg`,
    bytes: new Uint8Array(
      await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: seed, g: 20, b: 30 } } })
        .jpeg()
        .toBuffer(),
    ),
  });

  it("loads, prepares and hands both to run, in that order", async () => {
    const { actor } = await createUser(db(), { role: "CITY_ADMIN" });
    phases.length = 0;
    const before = puts;
    const { department, prepared } = await addDepartmentWithPhotos(actor, { cityId: actor.cityId, name: "拍照科", photos: [await photo(1)] });
    expect(phases).toEqual(["load", "prepare", "run"]);
    expect(prepared.cityName).toBe((await db().city.findUniqueOrThrow({ where: { id: actor.cityId! } })).name);
    expect(prepared.files).toEqual([
      expect.objectContaining({ originalName: "现场1.jpg", mimeType: "image/jpeg", contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) }),
    ]);
    expect(puts - before).toBe(2); // the photo and its thumbnail
    expect(await db().department.count({ where: { id: department.id } })).toBe(1);
  });

  it("stores no file for a role without the permission", async () => {
    const { actor } = await createUser(db(), { role: "INSPECTOR" });
    const before = puts;
    phases.length = 0;
    await expect(addDepartmentWithPhotos(actor, { cityId: actor.cityId, name: "拍照科", photos: [await photo(2)] })).rejects.toMatchObject({ status: 403 });
    expect(puts).toBe(before);
    expect(phases).toEqual([]);
  });

  it("stores no file for a user who must change the initial password", async () => {
    const { actor } = await createUser(db(), { role: "CITY_ADMIN", mustChangePassword: true });
    const before = puts;
    await expect(addDepartmentWithPhotos(actor, { cityId: actor.cityId, name: "拍照科", photos: [await photo(3)] })).rejects.toMatchObject({ status: 403 });
    expect(puts).toBe(before);
  });

  it("stores no file when the input is invalid, and names every field at once", async () => {
    const { actor } = await createUser(db(), { role: "CITY_ADMIN" });
    const before = puts;
    const error = await addDepartmentWithPhotos(actor, {
      cityId: actor.cityId,
      name: "x",
      photos: [await photo(4), { name: "空.jpg", bytes: new Uint8Array() }],
    }).catch((caught) => caught);
    expect(error).toMatchObject({ status: 422, fieldErrors: { name: [expect.any(String)], photos: [expect.stringContaining("空.jpg")] } });
    const tooMany = await addDepartmentWithPhotos(actor, {
      cityId: actor.cityId,
      name: "拍照科",
      photos: [await photo(5), await photo(6), await photo(7)],
    }).catch((caught) => caught);
    expect(tooMany).toMatchObject({ status: 422, fieldErrors: { photos: [expect.stringContaining("2 个文件")] } });
    expect(puts).toBe(before);
  });

  it("stores no file when load finds nothing in the actor's scope (404)", async () => {
    const { actor } = await createUser(db(), { role: "CITY_ADMIN" });
    const other = await createCity(db());
    const before = puts;
    phases.length = 0;
    await expect(addDepartmentWithPhotos(actor, { cityId: other.id, name: "拍照科", photos: [await photo(8)] })).rejects.toMatchObject({ status: 404 });
    expect(phases).toEqual(["load"]);
    expect(puts).toBe(before);
  });

  it("refuses a file that is not what an image says it is before the transaction (415), writing no row", async () => {
    const { actor } = await createUser(db(), { role: "CITY_ADMIN" });
    phases.length = 0;
    const fake = { name: "伪装.jpg", bytes: new TextEncoder().encode("<html><script>alert(1)</script></html>") };
    await expect(addDepartmentWithPhotos(actor, { cityId: actor.cityId, name: "伪装科", photos: [fake] })).rejects.toMatchObject({ status: 415 });
    expect(phases).toEqual(["load", "prepare"]);
    expect(await db().department.count({ where: { cityId: actor.cityId!, name: "伪装科" } })).toBe(0);
  });

  it("rolls back what run wrote when run fails after prepare", async () => {
    const { actor } = await createUser(db(), { role: "CITY_ADMIN" });
    await expect(addDepartmentWithPhotos(actor, { cityId: actor.cityId, name: "失败科", photos: [await photo(9)], failInRun: true })).rejects.toThrow("boom");
    expect(await db().department.count({ where: { cityId: actor.cityId!, name: "失败科" } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "test.add-department-with-photos", cityId: actor.cityId } })).toBe(0);
  });

  it("lets a file's name carry control characters (cleaned later, never a 422 on the name)", async () => {
    const { actor } = await createUser(db(), { role: "CITY_ADMIN" });
    const { prepared } = await addDepartmentWithPhotos(actor, {
      cityId: actor.cityId,
      name: "文件名科",
      photos: [{ ...(await photo(10)), name: "a\u0000b\u202Egpj.exe" }],
    });
    expect(prepared.files[0].originalName).toBe("abgpj.jpg");
  });
});
