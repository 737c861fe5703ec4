import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseBusinessDate } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import { getBulletin } from "@/lib/server/bulletins/get-bulletin";
import { storeBulletins } from "@/lib/server/bulletins/store-bulletins";
import { zipBulletins } from "@/lib/server/bulletins/zip-bulletins";
import { roundSnapshot } from "@/tests/support/bulletin-snapshots";
import { ANY, CITY, DENIED, PROVINCE, grants, type MatrixFixture, type MatrixRow } from "./types";

// A year no publishing code numbers issues in, so these rows never take another row's issue number.
const YEAR = 2091;
const publications = new Map<string, Promise<string>>();

/** One publication (with its stored bulletins) per city of the fixtures, made once. */
function publicationAt(fixture: MatrixFixture): Promise<string> {
  if (!publications.has(fixture.cityId)) publications.set(fixture.cityId, createPublication(fixture));
  return publications.get(fixture.cityId)!;
}

async function createPublication(fixture: MatrixFixture): Promise<string> {
  const city = await db().city.findUniqueOrThrow({ where: { id: fixture.cityId }, select: { id: true, name: true, slug: true } });
  const department = await db().department.findUniqueOrThrow({ where: { id: fixture.departmentId }, select: { name: true } });
  const publication = await db().publication.create({
    data: {
      scope: "CITY",
      kind: "ROUND",
      cityId: city.id,
      periodStart: parseBusinessDate("2091-01-01"),
      periodEnd: parseBusinessDate("2091-01-07"),
      title: `${city.name}通报`,
      issueYear: YEAR,
      issueNumber: 1,
      schemaVersion: 1,
      snapshot: roundSnapshot({ city, departments: [{ name: department.name, composite: "90.0000", rank: 1 }] }) as Prisma.InputJsonObject,
      publishedById: fixture.home.actors.systemAdmin.id,
    },
  });
  await db().$transaction((tx) => storeBulletins(tx, publication.id));
  return publication.id;
}

const READERS = { SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY };

export const bulletinRows: MatrixRow[] = [
  {
    action: "bulletin.read (public)",
    run: async (actor, fixture) => getBulletin(actor, await publicationAt(fixture), { format: "docx", variant: "public" }),
    expect: grants({ ...READERS, DEPARTMENT_LIAISON: CITY }),
  },
  {
    action: "bulletin.read (official)",
    run: async (actor, fixture) => getBulletin(actor, await publicationAt(fixture), { format: "html", variant: "official" }),
    // A liaison reads the public variant only: refused in its city, not found beyond it.
    expect: grants({ ...READERS, DEPARTMENT_LIAISON: { own: "forbidden", otherDepartment: "forbidden", otherCity: "notFound", otherProvince: "notFound" } }),
  },
  {
    action: "bulletin.zip",
    run: async (actor, fixture) => {
      await publicationAt(fixture);
      const zip = await zipBulletins(actor, { year: YEAR, city: fixture.cityId });
      if (zip.count === 0) throw new AppError("NOT_FOUND", "not in the zip", 404);
    },
    expect: grants({ ...READERS, DEPARTMENT_LIAISON: DENIED }),
  },
];
