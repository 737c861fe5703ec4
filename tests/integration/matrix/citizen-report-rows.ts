import { db } from "@/lib/db";
import { acceptCitizenReport } from "@/lib/server/citizen-reports/accept-citizen-report";
import { getCitizenReport } from "@/lib/server/citizen-reports/get-citizen-report";
import { listCitizenReports } from "@/lib/server/citizen-reports/list-citizen-reports";
import { mergeCitizenReport } from "@/lib/server/citizen-reports/merge-citizen-report";
import { rejectCitizenReport } from "@/lib/server/citizen-reports/reject-citizen-report";
import { getEvidenceFile } from "@/lib/server/evidence/get-evidence-file";
import { createReportCategory as createCategory } from "@/lib/server/report-categories/create-report-category";
import { listReportCategories } from "@/lib/server/report-categories/list-report-categories";
import { updateReportCategory } from "@/lib/server/report-categories/update-report-category";
import { createCitizenReport, createReportCategory } from "@/tests/factories/citizen-report";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createCheckFinding } from "../findings-world";
import { ANY, CITY, NOWHERE, OWN, assertListed, grants, type MatrixFixture, type MatrixRow } from "./types";

// 文明随手拍, the office's side: "the record" is a fresh RECEIVED report of the target city (its
// accepted finding goes to the target department). Only the office reads and moderates reports;
// the system admin reads them; a liaison sees a report's photos only through its department's
// finding; a supervisor or an inspector never sees an unmoderated report.

const reportOf = async (f: MatrixFixture, withPhoto = false) => {
  const category = await createReportCategory(db(), { cityId: f.cityId });
  return createCitizenReport(db(), { cityId: f.cityId, categoryId: category.id, withPhoto });
};

const READERS = { SYSTEM_ADMIN: ANY, CITY_ADMIN: CITY };
const OFFICE = { CITY_ADMIN: CITY };

export const citizenReportRows: MatrixRow[] = [
  {
    action: "citizen-report.list",
    run: async (actor, f) => {
      const { report } = await reportOf(f);
      assertListed((await listCitizenReports(actor, { status: "RECEIVED", page: 1, pageSize: 500 })).items, report.id);
    },
    expect: grants(READERS),
  },
  {
    action: "citizen-report.detail",
    run: async (actor, f) => getCitizenReport(actor, (await reportOf(f)).report.id),
    expect: grants(READERS),
  },
  {
    action: "citizen-report.accept",
    run: async (actor, f) => acceptCitizenReport(actor, { id: (await reportOf(f)).report.id, departmentId: f.departmentId }),
    expect: grants(OFFICE),
  },
  {
    action: "citizen-report.merge",
    run: async (actor, f) => {
      const { finding } = await createCheckFinding(db(), { cityId: f.cityId, departmentId: f.departmentId, status: "DISPATCHED" });
      return mergeCitizenReport(actor, { id: (await reportOf(f)).report.id, findingId: finding.id });
    },
    expect: grants(OFFICE),
  },
  {
    action: "citizen-report.reject",
    run: async (actor, f) => rejectCitizenReport(actor, { id: (await reportOf(f)).report.id, reason: "重复报告" }),
    expect: grants(OFFICE),
  },
  {
    action: "citizen-report.photo (unmoderated)",
    run: async (actor, f) => getEvidenceFile(actor, (await reportOf(f, true)).photo!.id),
    // Supervisors, inspectors and liaisons read other evidence, so the report's photo is simply not found for them.
    expect: { SYSTEM_ADMIN: ANY, CITY_ADMIN: CITY, PROVINCE_SUPERVISOR: NOWHERE, INSPECTOR: NOWHERE, DEPARTMENT_LIAISON: NOWHERE },
  },
  {
    action: "citizen-report.photo (accepted: the finding's before-photo)",
    run: async (actor, f) => {
      const { report, photo } = await reportOf(f, true);
      const { finding } = await createCheckFinding(db(), { cityId: f.cityId, departmentId: f.departmentId, status: "DISPATCHED" });
      await db().citizenReport.update({ where: { id: report.id }, data: { status: "RECTIFYING", findingId: finding.id } });
      return getEvidenceFile(actor, photo!.id);
    },
    expect: { SYSTEM_ADMIN: ANY, CITY_ADMIN: CITY, PROVINCE_SUPERVISOR: NOWHERE, INSPECTOR: CITY, DEPARTMENT_LIAISON: OWN },
  },
  {
    action: "report-category.list",
    run: async (actor, f) => {
      const category = await createReportCategory(db(), { cityId: f.cityId });
      assertListed(await listReportCategories(actor), category.id);
    },
    expect: grants(READERS),
  },
  {
    action: "report-category.create",
    // Always in the office's own city (the input has no city), so the position does not apply.
    run: (actor) => createCategory(actor, { name: `矩阵类别${uniqueSuffix()}` }),
    expect: grants({ CITY_ADMIN: ANY }),
  },
  {
    action: "report-category.update",
    run: async (actor, f) => updateReportCategory(actor, { id: (await createReportCategory(db(), { cityId: f.cityId })).id, version: 1, archived: true }),
    expect: grants(OFFICE),
  },
];
