-- CreateEnum
CREATE TYPE "CitizenReportStatus" AS ENUM ('RECEIVED', 'ACCEPTED', 'RECTIFYING', 'RECTIFIED', 'REJECTED');

-- AlterTable
ALTER TABLE "EvidenceFile" ADD COLUMN     "citizenReportId" TEXT,
ALTER COLUMN "uploadedById" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Finding" ADD COLUMN     "citizenReportId" TEXT;

-- AlterTable: the digest is the snapshot without its bulky parts (what lists, periods and consoles
-- read, without parsing megabytes of calculator input). The database derives it, so no writer can
-- store one that disagrees with its snapshot; existing publications get theirs here.
ALTER TABLE "Publication" ADD COLUMN     "digest" JSONB NOT NULL DEFAULT '{}';
UPDATE "Publication" SET "digest" = "snapshot" - 'input' - 'checkSites';

CREATE FUNCTION "publication_digest"() RETURNS trigger AS $$
BEGIN
  NEW."digest" := NEW."snapshot" - 'input' - 'checkSites';
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Publication_digest"
  BEFORE INSERT OR UPDATE OF "snapshot" ON "Publication"
  FOR EACH ROW EXECUTE FUNCTION "publication_digest"();

-- CreateTable
CREATE TABLE "ReportCategory" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "criterionId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ReportCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CitizenReport" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "contact" TEXT,
    "contactErasedAt" TIMESTAMPTZ(3),
    "status" "CitizenReportStatus" NOT NULL DEFAULT 'RECEIVED',
    "statusAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMPTZ(3),
    "rectifiedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "rejectionReason" TEXT,
    "findingId" TEXT,
    "moderatedById" TEXT,
    "ratingSatisfied" BOOLEAN,
    "ratingComment" TEXT,
    "ratedAt" TIMESTAMPTZ(3),
    "clientAddressHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CitizenReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityReportCounts" (
    "cityId" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "accepted" INTEGER NOT NULL DEFAULT 0,
    "rectified" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "satisfied" INTEGER NOT NULL DEFAULT 0,
    "dissatisfied" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CityReportCounts_pkey" PRIMARY KEY ("cityId")
);

-- CreateTable
CREATE TABLE "SpentAltchaChallenge" (
    "signature" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SpentAltchaChallenge_pkey" PRIMARY KEY ("signature")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportCategory_cityId_name_key" ON "ReportCategory"("cityId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "CitizenReport_code_key" ON "CitizenReport"("code");

-- CreateIndex
CREATE INDEX "CitizenReport_cityId_status_receivedAt_idx" ON "CitizenReport"("cityId", "status", "receivedAt");

-- CreateIndex
CREATE INDEX "CitizenReport_clientAddressHash_receivedAt_idx" ON "CitizenReport"("clientAddressHash", "receivedAt");

-- CreateIndex
CREATE INDEX "CitizenReport_findingId_idx" ON "CitizenReport"("findingId");

-- CreateIndex
CREATE INDEX "CitizenReport_closedAt_idx" ON "CitizenReport"("closedAt");

-- CreateIndex
CREATE INDEX "SpentAltchaChallenge_expiresAt_idx" ON "SpentAltchaChallenge"("expiresAt");

-- CreateIndex
CREATE INDEX "EvidenceFile_citizenReportId_idx" ON "EvidenceFile"("citizenReportId");

-- CreateIndex
CREATE UNIQUE INDEX "Finding_citizenReportId_key" ON "Finding"("citizenReportId");

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_citizenReportId_fkey" FOREIGN KEY ("citizenReportId") REFERENCES "CitizenReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_citizenReportId_fkey" FOREIGN KEY ("citizenReportId") REFERENCES "CitizenReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportCategory" ADD CONSTRAINT "ReportCategory_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportCategory" ADD CONSTRAINT "ReportCategory_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenReport" ADD CONSTRAINT "CitizenReport_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenReport" ADD CONSTRAINT "CitizenReport_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ReportCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenReport" ADD CONSTRAINT "CitizenReport_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityReportCounts" ADD CONSTRAINT "CityReportCounts_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- A citizen report's photos are the fifth possible owner of an evidence file.
CREATE OR REPLACE FUNCTION "evidence_file_has_one_owner"() RETURNS trigger AS $$
BEGIN
  IF num_nonnulls(NEW."ledgerEntryId", NEW."checkId", NEW."findingId", NEW."rectificationEventId", NEW."citizenReportId") <> 1 THEN
    RAISE EXCEPTION 'EvidenceFile_exactly_one_owner: file % must belong to exactly one record', NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
