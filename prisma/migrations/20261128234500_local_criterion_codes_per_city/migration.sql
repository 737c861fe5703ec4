-- DropIndex
DROP INDEX "Criterion_editionId_code_key";

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_editionId_code_key" ON "Criterion"("editionId", "code") WHERE ("cityId" IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_editionId_cityId_code_key" ON "Criterion"("editionId", "cityId", "code") WHERE ("cityId" IS NOT NULL);


