-- CreateEnum
CREATE TYPE "BulletinVariant" AS ENUM ('OFFICIAL', 'PUBLIC');

-- CreateEnum
CREATE TYPE "RankingMetric" AS ENUM ('COMPOSITE', 'INSPECTION', 'RECTIFICATION');

-- CreateEnum
CREATE TYPE "RankingListMembers" AS ENUM ('ALL', 'BY_KIND', 'CHOSEN');

-- AlterTable
ALTER TABLE "City" ADD COLUMN     "appealDays" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "issueNumber" INTEGER,
ADD COLUMN     "issueYear" INTEGER,
ADD COLUMN     "schemaVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "summary" TEXT;

-- Publications made before issue numbers are numbered in order of publication per city (or province) and year.
UPDATE "Publication" p SET "issueYear" = n."year", "issueNumber" = n."number"
FROM (
  SELECT "id", EXTRACT(YEAR FROM ("publishedAt" AT TIME ZONE 'Asia/Shanghai'))::int AS "year",
         ROW_NUMBER() OVER (PARTITION BY COALESCE("cityId", "provinceId"), EXTRACT(YEAR FROM ("publishedAt" AT TIME ZONE 'Asia/Shanghai')) ORDER BY "publishedAt", "id")::int AS "number"
  FROM "Publication"
) n WHERE n."id" = p."id";
-- A city publication keeps only cityId; a province publication only provinceId.
UPDATE "Publication" SET "provinceId" = NULL WHERE "cityId" IS NOT NULL;
ALTER TABLE "Publication" ALTER COLUMN "issueNumber" SET NOT NULL, ALTER COLUMN "issueYear" SET NOT NULL, ALTER COLUMN "schemaVersion" DROP DEFAULT;

-- CreateTable
CREATE TABLE "PublicationBulletin" (
    "id" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "variant" "BulletinVariant" NOT NULL,
    "docx" BYTEA NOT NULL,
    "html" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicationBulletin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RankingList" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "members" "RankingListMembers" NOT NULL DEFAULT 'ALL',
    "memberKind" "DepartmentKind",
    "metric" "RankingMetric" NOT NULL DEFAULT 'COMPOSITE',
    "redCount" INTEGER NOT NULL DEFAULT 5,
    "blackCount" INTEGER NOT NULL DEFAULT 3,
    "blackThreshold" DECIMAL(6,2) NOT NULL DEFAULT 85,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RankingList_pkey" PRIMARY KEY ("id")
);

-- Each cycle's single list settings become its default list (all departments, composite).
INSERT INTO "RankingList" ("id", "cityId", "cycleId", "name", "isDefault", "members", "metric", "redCount", "blackCount", "blackThreshold", "sortOrder", "updatedAt")
SELECT 'rl_' || "id", "cityId", "id", '综合红黑榜', true, 'ALL', 'COMPOSITE', "redCount", "blackCount", "blackThreshold", 0, CURRENT_TIMESTAMP
FROM "CreationCycle";

-- AlterTable
ALTER TABLE "CreationCycle" DROP COLUMN "blackCount",
DROP COLUMN "blackThreshold",
DROP COLUMN "redCount";

-- CreateTable
CREATE TABLE "RankingListDepartment" (
    "listId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,

    CONSTRAINT "RankingListDepartment_pkey" PRIMARY KEY ("listId","departmentId")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "answer" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "answeredById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicationBulletin_publicationId_variant_key" ON "PublicationBulletin"("publicationId", "variant");

-- CreateIndex
CREATE INDEX "RankingList_cityId_idx" ON "RankingList"("cityId");

-- CreateIndex
CREATE UNIQUE INDEX "RankingList_cycleId_name_key" ON "RankingList"("cycleId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "RankingList_one_default_per_cycle" ON "RankingList"("cycleId") WHERE ("isDefault" = true);

-- CreateIndex
CREATE INDEX "Appeal_roundId_idx" ON "Appeal"("roundId");

-- CreateIndex
CREATE INDEX "Appeal_cityId_departmentId_idx" ON "Appeal"("cityId", "departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_cityId_issueYear_issueNumber_key" ON "Publication"("cityId", "issueYear", "issueNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_provinceId_issueYear_issueNumber_key" ON "Publication"("provinceId", "issueYear", "issueNumber");

-- AddForeignKey
ALTER TABLE "PublicationBulletin" ADD CONSTRAINT "PublicationBulletin_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RankingList" ADD CONSTRAINT "RankingList_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RankingList" ADD CONSTRAINT "RankingList_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "CreationCycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RankingListDepartment" ADD CONSTRAINT "RankingListDepartment_listId_fkey" FOREIGN KEY ("listId") REFERENCES "RankingList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RankingListDepartment" ADD CONSTRAINT "RankingListDepartment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InspectionRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


