-- CreateEnum
CREATE TYPE "DepartmentKind" AS ENUM ('BUREAU', 'STREET_OFFICE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SYSTEM_ADMIN', 'PROVINCE_SUPERVISOR', 'CITY_ADMIN', 'INSPECTOR', 'DEPARTMENT_LIAISON');

-- CreateEnum
CREATE TYPE "Recurrence" AS ENUM ('NONE', 'WEEKLY', 'MONTHLY', 'QUARTERLY');

-- CreateEnum
CREATE TYPE "DispatchStatus" AS ENUM ('DRAFT', 'DISPATCHED', 'ACKNOWLEDGED', 'CHANGE_REQUESTED');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('PENDING', 'ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "AssessmentMethod" AS ENUM ('FIELD', 'MATERIAL', 'SURVEY', 'ONLINE', 'DATA');

-- CreateEnum
CREATE TYPE "RubricKind" AS ENUM ('DEDUCT', 'PROPORTION', 'PASS_FAIL', 'GRADED', 'THRESHOLD');

-- CreateEnum
CREATE TYPE "MappingKind" AS ENUM ('ONE_TO_ONE', 'SPLIT', 'MERGED', 'REMOVED', 'NEW');

-- CreateEnum
CREATE TYPE "ResponsibilityRole" AS ENUM ('LEAD', 'CO');

-- CreateEnum
CREATE TYPE "RoundKind" AS ENUM ('WEEKLY', 'MONTHLY', 'MOCK', 'SPECIAL');

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'CLOSED');

-- CreateEnum
CREATE TYPE "SiteVisitStatus" AS ENUM ('INSPECTED', 'REFUSED', 'NOT_INSPECTABLE');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('OPEN', 'DISPATCHED', 'SUBMITTED', 'RETURNED', 'VERIFIED', 'CLOSED');

-- CreateEnum
CREATE TYPE "RectificationEventKind" AS ENUM ('DISPATCHED', 'REPLIED', 'VERIFIED', 'RETURNED', 'CLOSED', 'REOPENED', 'REMINDED', 'ESCALATED');

-- CreateEnum
CREATE TYPE "PublicationScope" AS ENUM ('CITY', 'PROVINCE');

-- CreateEnum
CREATE TYPE "PublicationKind" AS ENUM ('ROUND', 'MONTH', 'QUARTER', 'YEAR', 'CYCLE');

-- CreateTable
CREATE TABLE "Province" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "City" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "isNominated" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "City_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreationCycle" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "editionId" TEXT,
    "inspectionWeight" DECIMAL(6,4) NOT NULL DEFAULT 0.7,
    "rectificationWeight" DECIMAL(6,4) NOT NULL DEFAULT 0.2,
    "ledgerWeight" DECIMAL(6,4) NOT NULL DEFAULT 0.1,
    "redCount" INTEGER NOT NULL DEFAULT 5,
    "blackCount" INTEGER NOT NULL DEFAULT 3,
    "blackThreshold" DECIMAL(6,2) NOT NULL DEFAULT 85,
    "isCurrent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CreationCycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CycleYear" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "weight" DECIMAL(6,4) NOT NULL,

    CONSTRAINT "CycleYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "DepartmentKind" NOT NULL DEFAULT 'BUREAU',
    "leaderName" TEXT,
    "leaderTitle" TEXT,
    "liaisonName" TEXT,
    "liaisonPhone" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "passwordHash" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastLoginAt" TIMESTAMPTZ(3),
    "passwordChangedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleMembership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "provinceId" TEXT,
    "cityId" TEXT,
    "departmentId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "departmentId" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "cityId" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cityId" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThreeYearPlan" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ThreeYearPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualPlan" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "threeYearPlanId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AnnualPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "annualPlanId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "target" TEXT,
    "targetValue" DECIMAL(14,4),
    "targetUnit" TEXT,
    "leadDepartmentId" TEXT NOT NULL,
    "responsiblePerson" TEXT,
    "deadline" DATE,
    "recurrence" "Recurrence" NOT NULL DEFAULT 'NONE',
    "dispatchStatus" "DispatchStatus" NOT NULL DEFAULT 'DRAFT',
    "dispatchedAt" TIMESTAMPTZ(3),
    "acknowledgedAt" TIMESTAMPTZ(3),
    "changeReason" TEXT,
    "completedAt" TIMESTAMPTZ(3),
    "completedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskCoDepartment" (
    "taskId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,

    CONSTRAINT "TaskCoDepartment_pkey" PRIMARY KEY ("taskId","departmentId")
);

-- CreateTable
CREATE TABLE "TaskCriterion" (
    "taskId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,

    CONSTRAINT "TaskCriterion_pkey" PRIMARY KEY ("taskId","criterionId")
);

-- CreateTable
CREATE TABLE "TaskOccurrence" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "TaskOccurrence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "occurrenceId" TEXT,
    "effectiveDate" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "figures" JSONB,
    "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'PENDING',
    "reviewComment" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "mimeType" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "ledgerEntryId" TEXT,
    "checkId" TEXT,
    "findingId" TEXT,
    "rectificationEventId" TEXT,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorEdition" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "provinceId" TEXT,
    "isLocked" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "IndicatorEdition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorCategory" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IndicatorCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorContent" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IndicatorContent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "contentId" TEXT NOT NULL,
    "cityId" TEXT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "points" DECIMAL(10,4) NOT NULL,
    "method" "AssessmentMethod" NOT NULL,
    "rubricKind" "RubricKind" NOT NULL,
    "rubricParams" JSONB NOT NULL DEFAULT '{}',
    "siteTypeNames" TEXT[],
    "leadDepartmentName" TEXT,
    "coDepartmentNames" TEXT[],
    "isVeto" BOOLEAN NOT NULL DEFAULT false,
    "onlineSubmissionRule" TEXT,
    "rectificationDays" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionMapping" (
    "id" TEXT NOT NULL,
    "fromEditionId" TEXT NOT NULL,
    "toEditionId" TEXT NOT NULL,
    "fromCriterionId" TEXT,
    "toCriterionId" TEXT,
    "kind" "MappingKind" NOT NULL,

    CONSTRAINT "CriterionMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityCriterionSetting" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "rectificationDays" INTEGER,
    "isExcluded" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CityCriterionSetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityCriterionDepartment" (
    "cityId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "role" "ResponsibilityRole" NOT NULL,

    CONSTRAINT "CityCriterionDepartment_pkey" PRIMARY KEY ("cityId","criterionId","departmentId")
);

-- CreateTable
CREATE TABLE "DepartmentNameMapping" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "departmentId" TEXT,
    "isAllStreets" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DepartmentNameMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SiteType" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SiteType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Site" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "siteTypeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT,
    "grid" TEXT,
    "address" TEXT,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "responsibleDepartmentId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionRound" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "RoundKind" NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "status" "RoundStatus" NOT NULL DEFAULT 'PLANNED',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "InspectionRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundSite" (
    "roundId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,

    CONSTRAINT "RoundSite_pkey" PRIMARY KEY ("roundId","siteId")
);

-- CreateTable
CREATE TABLE "Check" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "siteId" TEXT,
    "inspectorId" TEXT NOT NULL,
    "visitStatus" "SiteVisitStatus" NOT NULL DEFAULT 'INSPECTED',
    "passed" BOOLEAN,
    "findingCount" INTEGER,
    "grade" TEXT,
    "measuredValue" DECIMAL(14,4),
    "note" TEXT,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Check_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckDepartment" (
    "checkId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "CheckDepartment_pkey" PRIMARY KEY ("checkId","departmentId")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "roundId" TEXT,
    "checkId" TEXT,
    "criterionId" TEXT,
    "siteId" TEXT,
    "departmentId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "FindingStatus" NOT NULL DEFAULT 'OPEN',
    "verifiedAt" TIMESTAMPTZ(3),
    "verifiedOn" DATE,
    "escalationLevel" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationEvent" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "kind" "RectificationEventKind" NOT NULL,
    "note" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RectificationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "scope" "PublicationScope" NOT NULL,
    "kind" "PublicationKind" NOT NULL,
    "cityId" TEXT,
    "provinceId" TEXT,
    "roundId" TEXT,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT NOT NULL,
    "supersedesId" TEXT,
    "reason" TEXT,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Province_code_key" ON "Province"("code");

-- CreateIndex
CREATE UNIQUE INDEX "City_slug_key" ON "City"("slug");

-- CreateIndex
CREATE INDEX "City_provinceId_idx" ON "City"("provinceId");

-- CreateIndex
CREATE INDEX "CreationCycle_cityId_idx" ON "CreationCycle"("cityId");

-- CreateIndex
CREATE UNIQUE INDEX "CycleYear_cycleId_year_key" ON "CycleYear"("cycleId", "year");

-- CreateIndex
CREATE INDEX "Department_cityId_idx" ON "Department"("cityId");

-- CreateIndex
CREATE UNIQUE INDEX "Department_cityId_name_key" ON "Department"("cityId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "RoleMembership_userId_idx" ON "RoleMembership"("userId");

-- CreateIndex
CREATE INDEX "RoleMembership_cityId_idx" ON "RoleMembership"("cityId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_cityId_idx" ON "ApiToken"("cityId");

-- CreateIndex
CREATE INDEX "AuditLog_cityId_at_idx" ON "AuditLog"("cityId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "ThreeYearPlan_cityId_idx" ON "ThreeYearPlan"("cityId");

-- CreateIndex
CREATE INDEX "AnnualPlan_cityId_idx" ON "AnnualPlan"("cityId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualPlan_threeYearPlanId_year_key" ON "AnnualPlan"("threeYearPlanId", "year");

-- CreateIndex
CREATE INDEX "PlanAction_cityId_idx" ON "PlanAction"("cityId");

-- CreateIndex
CREATE INDEX "Task_cityId_leadDepartmentId_idx" ON "Task"("cityId", "leadDepartmentId");

-- CreateIndex
CREATE INDEX "Task_cityId_deadline_idx" ON "Task"("cityId", "deadline");

-- CreateIndex
CREATE INDEX "TaskCoDepartment_departmentId_idx" ON "TaskCoDepartment"("departmentId");

-- CreateIndex
CREATE INDEX "TaskCriterion_criterionId_idx" ON "TaskCriterion"("criterionId");

-- CreateIndex
CREATE INDEX "TaskOccurrence_cityId_dueDate_idx" ON "TaskOccurrence"("cityId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "TaskOccurrence_taskId_periodStart_key" ON "TaskOccurrence"("taskId", "periodStart");

-- CreateIndex
CREATE INDEX "LedgerEntry_cityId_taskId_effectiveDate_idx" ON "LedgerEntry"("cityId", "taskId", "effectiveDate");

-- CreateIndex
CREATE INDEX "LedgerEntry_departmentId_idx" ON "LedgerEntry"("departmentId");

-- CreateIndex
CREATE INDEX "EvidenceFile_cityId_contentHash_idx" ON "EvidenceFile"("cityId", "contentHash");

-- CreateIndex
CREATE INDEX "EvidenceFile_ledgerEntryId_idx" ON "EvidenceFile"("ledgerEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorEdition_code_key" ON "IndicatorEdition"("code");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorCategory_editionId_code_key" ON "IndicatorCategory"("editionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorContent_editionId_code_key" ON "IndicatorContent"("editionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_editionId_code_key" ON "Criterion"("editionId", "code");

-- CreateIndex
CREATE INDEX "CriterionMapping_fromEditionId_toEditionId_idx" ON "CriterionMapping"("fromEditionId", "toEditionId");

-- CreateIndex
CREATE UNIQUE INDEX "CityCriterionSetting_cityId_criterionId_key" ON "CityCriterionSetting"("cityId", "criterionId");

-- CreateIndex
CREATE INDEX "DepartmentNameMapping_cityId_name_idx" ON "DepartmentNameMapping"("cityId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "SiteType_name_key" ON "SiteType"("name");

-- CreateIndex
CREATE INDEX "Site_cityId_siteTypeId_idx" ON "Site"("cityId", "siteTypeId");

-- CreateIndex
CREATE INDEX "InspectionRound_cityId_periodEnd_idx" ON "InspectionRound"("cityId", "periodEnd");

-- CreateIndex
CREATE INDEX "Check_cityId_roundId_idx" ON "Check"("cityId", "roundId");

-- CreateIndex
CREATE INDEX "Check_criterionId_idx" ON "Check"("criterionId");

-- CreateIndex
CREATE INDEX "CheckDepartment_departmentId_idx" ON "CheckDepartment"("departmentId");

-- CreateIndex
CREATE INDEX "Finding_cityId_departmentId_dueDate_idx" ON "Finding"("cityId", "departmentId", "dueDate");

-- CreateIndex
CREATE INDEX "Finding_cityId_status_idx" ON "Finding"("cityId", "status");

-- CreateIndex
CREATE INDEX "RectificationEvent_findingId_createdAt_idx" ON "RectificationEvent"("findingId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_supersedesId_key" ON "Publication"("supersedesId");

-- CreateIndex
CREATE INDEX "Publication_cityId_periodEnd_idx" ON "Publication"("cityId", "periodEnd");

-- CreateIndex
CREATE INDEX "Publication_provinceId_periodEnd_idx" ON "Publication"("provinceId", "periodEnd");

-- AddForeignKey
ALTER TABLE "City" ADD CONSTRAINT "City_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreationCycle" ADD CONSTRAINT "CreationCycle_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreationCycle" ADD CONSTRAINT "CreationCycle_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "IndicatorEdition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CycleYear" ADD CONSTRAINT "CycleYear_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "CreationCycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleMembership" ADD CONSTRAINT "RoleMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleMembership" ADD CONSTRAINT "RoleMembership_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleMembership" ADD CONSTRAINT "RoleMembership_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleMembership" ADD CONSTRAINT "RoleMembership_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThreeYearPlan" ADD CONSTRAINT "ThreeYearPlan_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThreeYearPlan" ADD CONSTRAINT "ThreeYearPlan_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "CreationCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_threeYearPlanId_fkey" FOREIGN KEY ("threeYearPlanId") REFERENCES "ThreeYearPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_annualPlanId_fkey" FOREIGN KEY ("annualPlanId") REFERENCES "AnnualPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "PlanAction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_leadDepartmentId_fkey" FOREIGN KEY ("leadDepartmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCoDepartment" ADD CONSTRAINT "TaskCoDepartment_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCoDepartment" ADD CONSTRAINT "TaskCoDepartment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCriterion" ADD CONSTRAINT "TaskCriterion_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCriterion" ADD CONSTRAINT "TaskCriterion_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskOccurrence" ADD CONSTRAINT "TaskOccurrence_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_occurrenceId_fkey" FOREIGN KEY ("occurrenceId") REFERENCES "TaskOccurrence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_ledgerEntryId_fkey" FOREIGN KEY ("ledgerEntryId") REFERENCES "LedgerEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "Check"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_rectificationEventId_fkey" FOREIGN KEY ("rectificationEventId") REFERENCES "RectificationEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorEdition" ADD CONSTRAINT "IndicatorEdition_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorCategory" ADD CONSTRAINT "IndicatorCategory_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "IndicatorEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorContent" ADD CONSTRAINT "IndicatorContent_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "IndicatorEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorContent" ADD CONSTRAINT "IndicatorContent_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "IndicatorCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "IndicatorEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_contentId_fkey" FOREIGN KEY ("contentId") REFERENCES "IndicatorContent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionMapping" ADD CONSTRAINT "CriterionMapping_fromEditionId_fkey" FOREIGN KEY ("fromEditionId") REFERENCES "IndicatorEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionMapping" ADD CONSTRAINT "CriterionMapping_toEditionId_fkey" FOREIGN KEY ("toEditionId") REFERENCES "IndicatorEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionMapping" ADD CONSTRAINT "CriterionMapping_fromCriterionId_fkey" FOREIGN KEY ("fromCriterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionMapping" ADD CONSTRAINT "CriterionMapping_toCriterionId_fkey" FOREIGN KEY ("toCriterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityCriterionSetting" ADD CONSTRAINT "CityCriterionSetting_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityCriterionSetting" ADD CONSTRAINT "CityCriterionSetting_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityCriterionDepartment" ADD CONSTRAINT "CityCriterionDepartment_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityCriterionDepartment" ADD CONSTRAINT "CityCriterionDepartment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentNameMapping" ADD CONSTRAINT "DepartmentNameMapping_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentNameMapping" ADD CONSTRAINT "DepartmentNameMapping_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_siteTypeId_fkey" FOREIGN KEY ("siteTypeId") REFERENCES "SiteType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_responsibleDepartmentId_fkey" FOREIGN KEY ("responsibleDepartmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRound" ADD CONSTRAINT "InspectionRound_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRound" ADD CONSTRAINT "InspectionRound_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "IndicatorEdition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundSite" ADD CONSTRAINT "RoundSite_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InspectionRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundSite" ADD CONSTRAINT "RoundSite_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Check" ADD CONSTRAINT "Check_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InspectionRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Check" ADD CONSTRAINT "Check_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Check" ADD CONSTRAINT "Check_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckDepartment" ADD CONSTRAINT "CheckDepartment_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "Check"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckDepartment" ADD CONSTRAINT "CheckDepartment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InspectionRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "Check"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationEvent" ADD CONSTRAINT "RectificationEvent_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InspectionRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Publication"("id") ON DELETE SET NULL ON UPDATE CASCADE;
