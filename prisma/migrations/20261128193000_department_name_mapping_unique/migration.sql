-- DropIndex
DROP INDEX "DepartmentNameMapping_cityId_name_idx";

-- CreateIndex
CREATE UNIQUE INDEX "DepartmentNameMapping_cityId_name_key" ON "DepartmentNameMapping"("cityId", "name");


