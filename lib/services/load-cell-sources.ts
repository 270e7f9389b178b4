import "server-only";

import { listImportRecords } from "@/lib/db/import-records";
import { getImportSourceInfo } from "@/lib/db/report-import-sources";
import type { TStoredReport } from "@/lib/db/reports";
import { mergeCellSources, type TCellSource } from "@/lib/import/cell-source";

/**
 * Where each imported cell of a report came from (issue 11 provenance, shown by the editor on a cell): the
 * original the report was created from and every import into its draft. The caller has checked access.
 */
export const loadCellSources = async (report: TStoredReport): Promise<Record<string, TCellSource>> => {
  const [original, records] = await Promise.all([
    getImportSourceInfo(report.id),
    listImportRecords(report.id),
  ]);
  return mergeCellSources(
    original ? { file: original.name, provenance: original.provenance } : null,
    records.filter((entry) => entry.record.part === "tables").map((entry) => entry.record),
    report.document.cells,
  );
};
