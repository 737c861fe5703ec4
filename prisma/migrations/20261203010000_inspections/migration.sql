-- CreateEnum
CREATE TYPE "RecheckResult" AS ENUM ('CONFIRMED', 'NOT_FIXED');

-- CreateEnum
CREATE TYPE "FindingOrigin" AS ENUM ('CHECK', 'CITIZEN_REPORT', 'MANUAL');

-- AlterEnum: the unused CLOSED goes (销号 is VERIFIED); any CLOSED row becomes VERIFIED.
CREATE TYPE "FindingStatus_new" AS ENUM ('OPEN', 'DISPATCHED', 'SUBMITTED', 'RETURNED', 'VERIFIED', 'WITHDRAWN');
ALTER TABLE "public"."Finding" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Finding" ALTER COLUMN "status" TYPE "FindingStatus_new" USING ((CASE WHEN "status"::text = 'CLOSED' THEN 'VERIFIED' ELSE "status"::text END)::"FindingStatus_new");
ALTER TYPE "FindingStatus" RENAME TO "FindingStatus_old";
ALTER TYPE "FindingStatus_new" RENAME TO "FindingStatus";
DROP TYPE "public"."FindingStatus_old";
ALTER TABLE "Finding" ALTER COLUMN "status" SET DEFAULT 'OPEN';

-- AlterEnum
ALTER TYPE "RectificationEventKind" ADD VALUE 'REDIRECTED';
ALTER TYPE "RectificationEventKind" ADD VALUE 'WITHDRAWN';

-- AlterEnum
ALTER TYPE "RoundKind" ADD VALUE 'RECHECK';

-- AlterTable
ALTER TABLE "Check" ADD COLUMN     "capturedAt" TIMESTAMPTZ(3),
ADD COLUMN     "clientKey" TEXT;
-- Checks made before phones sent keys get their own id as key.
UPDATE "Check" SET "clientKey" = "id" WHERE "clientKey" IS NULL;
ALTER TABLE "Check" ALTER COLUMN "clientKey" SET NOT NULL;

-- AlterTable
ALTER TABLE "City" ADD COLUMN     "autoDispatchFindings" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "inspectorsMayCreateRounds" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "rectificationDays" INTEGER NOT NULL DEFAULT 7;

-- AlterTable
ALTER TABLE "Finding" ADD COLUMN     "falseRectification" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "origin" "FindingOrigin" NOT NULL DEFAULT 'CHECK',
ADD COLUMN     "withdrawnAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "InspectionRound" ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reopenReason" TEXT,
ADD COLUMN     "reopenedAt" TIMESTAMPTZ(3),
ADD COLUMN     "sampleSeed" TEXT,
ADD COLUMN     "sampleSpec" JSONB,
ADD COLUMN     "sampledSiteIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "startedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "RectificationEvent" ADD COLUMN     "clientKey" TEXT;

-- AlterTable
ALTER TABLE "RoundSite" ADD COLUMN     "inspectorId" TEXT;

-- AlterTable
ALTER TABLE "Site" ADD COLUMN     "code" TEXT;
-- Existing sites are numbered per city in creation order (D-0001 …).
UPDATE "Site" AS s SET "code" = numbered.code
FROM (SELECT "id", 'D-' || lpad(row_number() OVER (PARTITION BY "cityId" ORDER BY "createdAt", "id")::text, 4, '0') AS code FROM "Site") AS numbered
WHERE s."id" = numbered."id";
ALTER TABLE "Site" ALTER COLUMN "code" SET NOT NULL;

-- CreateTable
CREATE TABLE "RoundCriterion" (
    "roundId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,

    CONSTRAINT "RoundCriterion_pkey" PRIMARY KEY ("roundId","criterionId")
);

-- CreateTable
CREATE TABLE "RecheckItem" (
    "roundId" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "result" "RecheckResult",
    "note" TEXT,
    "checkedById" TEXT,
    "checkedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RecheckItem_pkey" PRIMARY KEY ("roundId","findingId")
);

-- CreateIndex
CREATE INDEX "RecheckItem_findingId_idx" ON "RecheckItem"("findingId");

-- CreateIndex
CREATE UNIQUE INDEX "Check_roundId_clientKey_key" ON "Check"("roundId", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "Check_round_criterion_site_key" ON "Check"("roundId", "criterionId", "siteId") WHERE ("siteId" IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "Check_round_criterion_desk_key" ON "Check"("roundId", "criterionId") WHERE ("siteId" IS NULL);

-- CreateIndex
CREATE INDEX "EvidenceFile_checkId_idx" ON "EvidenceFile"("checkId");

-- CreateIndex
CREATE INDEX "EvidenceFile_findingId_idx" ON "EvidenceFile"("findingId");

-- CreateIndex
CREATE INDEX "EvidenceFile_rectificationEventId_idx" ON "EvidenceFile"("rectificationEventId");

-- CreateIndex
CREATE INDEX "Finding_checkId_idx" ON "Finding"("checkId");

-- CreateIndex
CREATE UNIQUE INDEX "RectificationEvent_findingId_clientKey_key" ON "RectificationEvent"("findingId", "clientKey");

-- CreateIndex
CREATE INDEX "RoundSite_inspectorId_idx" ON "RoundSite"("inspectorId");

-- CreateIndex
CREATE UNIQUE INDEX "Site_cityId_code_key" ON "Site"("cityId", "code");

-- AddForeignKey
ALTER TABLE "RoundSite" ADD CONSTRAINT "RoundSite_inspectorId_fkey" FOREIGN KEY ("inspectorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundCriterion" ADD CONSTRAINT "RoundCriterion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InspectionRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundCriterion" ADD CONSTRAINT "RoundCriterion_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecheckItem" ADD CONSTRAINT "RecheckItem_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InspectionRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecheckItem" ADD CONSTRAINT "RecheckItem_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- A stored file belongs to exactly one record (ledger entry, check, finding or rectification event);
-- evidence is scoped through that owner, so a file with none or two could leak or vanish. A
-- trigger rather than a CHECK constraint: the offline schema engine cannot describe CHECK
-- constraints (it would panic in `migrate diff`), and triggers are outside what it compares.
CREATE FUNCTION "evidence_file_has_one_owner"() RETURNS trigger AS $$
BEGIN
  IF num_nonnulls(NEW."ledgerEntryId", NEW."checkId", NEW."findingId", NEW."rectificationEventId") <> 1 THEN
    RAISE EXCEPTION 'EvidenceFile_exactly_one_owner: file % must belong to exactly one record', NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "EvidenceFile_exactly_one_owner"
  BEFORE INSERT OR UPDATE ON "EvidenceFile"
  FOR EACH ROW EXECUTE FUNCTION "evidence_file_has_one_owner"();
