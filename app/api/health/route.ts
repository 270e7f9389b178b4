import { findSignedInUser } from "@/lib/auth/session";
import { checkHealth } from "@/lib/services/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const viewer = await findSignedInUser().catch(() => null);
  const health = await checkHealth(viewer);
  return Response.json(health, { status: health.status === "ok" ? 200 : 503 });
}
