import { errorResponse } from "@/lib/errors";
import { loadPublicIndex } from "@/lib/services/load-public-index";

export const dynamic = "force-dynamic";

/** Every published edition of one office and the offices below it (a region) as JSON, no sign-in. */
export async function GET(_request: Request, { params }: { params: Promise<{ office: string }> }) {
  try {
    const { office } = await params;
    const entries = await loadPublicIndex(office);
    return Response.json({ generatedAt: new Date().toISOString(), entries });
  } catch (error) {
    return errorResponse(error);
  }
}
