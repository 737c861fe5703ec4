-- CreateTable
CREATE TABLE "RoundScore" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "inputHash" TEXT NOT NULL,
    "input" JSONB NOT NULL,
    "result" JSONB NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoundScore_roundId_key" ON "RoundScore"("roundId");

-- CreateIndex
CREATE INDEX "RoundScore_cityId_idx" ON "RoundScore"("cityId");

-- AddForeignKey
ALTER TABLE "RoundScore" ADD CONSTRAINT "RoundScore_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InspectionRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;
