import { errorResponse } from "@/lib/errors";
import { indexCsv } from "@/lib/public/region-index";
import { loadPublicIndex } from "@/lib/services/load-public-index";

/**
 * The 年报索引 CSV download (UTF-8 with BOM, docs/open-data.md) of every published edition below `officeId`
 * (`null`: every office), no sign-in. Errors answer as JSON with their status (an unknown office is 404).
 */
export const indexCsvResponse = async (officeId: string | null): Promise<Response> => {
  try {
    const entries = await loadPublicIndex(officeId);
    return new Response(indexCsv(entries), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="index.csv"; filename*=UTF-8''${encodeURIComponent("年报索引.csv")}`,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
};
