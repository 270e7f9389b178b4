import { indexCsvResponse } from "../index-csv";

export const dynamic = "force-dynamic";

/** Every published edition of every office as CSV, UTF-8 with BOM (docs/open-data.md), no sign-in. */
export async function GET() {
  return indexCsvResponse(null);
}
