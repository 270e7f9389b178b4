import { indexCsvResponse } from "../../index-csv";

export const dynamic = "force-dynamic";

/** Every published edition of one office and the offices below it (a region) as CSV with BOM, no sign-in. */
export async function GET(_request: Request, { params }: { params: Promise<{ office: string }> }) {
  return indexCsvResponse((await params).office);
}
