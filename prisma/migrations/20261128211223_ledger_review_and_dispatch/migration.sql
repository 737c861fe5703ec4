-- AlterTable
ALTER TABLE "EvidenceFile" ADD COLUMN     "deletedAt" TIMESTAMPTZ(3),
ADD COLUMN     "thumbnailHash" TEXT;

-- AlterTable
ALTER TABLE "LedgerEntry" ADD COLUMN     "answer" TEXT,
ADD COLUMN     "answeredAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "changeRequestedAt" TIMESTAMPTZ(3),
ADD COLUMN     "sortOrder" INTEGER NOT NULL DEFAULT 0;
