import { errorResponse } from "@/lib/errors";
import { loadPublicIndex } from "@/lib/services/load-public-index";

export const dynamic = "force-dynamic";

/** Every published edition of every office as JSON (docs/open-data.md), no sign-in. */
export async function GET() {
  try {
    const entries = await loadPublicIndex(null);
    return Response.json({ generatedAt: new Date().toISOString(), entries });
  } catch (error) {
    return errorResponse(error);
  }
}
