import { exportLedger } from "@/lib/server/ledger/export/export-ledger";
import { ANY, CITY, OWN, PROVINCE, grants, type MatrixRow } from "./types";

// Ledger export: "the record" is the target department's ledger, or its city's. A liaison naming
// its own city still gets only its own department's ledger, so that row reads like a city read.

export const ledgerExportRows: MatrixRow[] = [
  {
    action: "ledger.export (department)",
    run: (actor, f) => exportLedger(actor, { department: f.departmentId }),
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: OWN }),
  },
  {
    action: "ledger.export (city, zip)",
    run: (actor, f) => exportLedger(actor, { city: f.cityId, format: "zip" }),
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: CITY }),
  },
];
