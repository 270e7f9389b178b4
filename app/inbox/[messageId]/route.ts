import { redirect } from "next/navigation";

import { getCurrentUser } from "@/lib/auth/session";
import { errorResponse } from "@/lib/errors";
import { openMessageFor } from "@/lib/services/inbox";

export const dynamic = "force-dynamic";

/**
 * Opens a message (from the inbox or the link in its e-mail): marks it read and redirects to its report;
 * signed-out visitors go to the login page and come back here.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ messageId: string }> }) {
  const { messageId } = await params;
  let target: string;
  try {
    const user = await getCurrentUser();
    target = user
      ? await openMessageFor(user, messageId)
      : `/login?next=${encodeURIComponent(`/inbox/${messageId}`)}`;
  } catch (error) {
    return errorResponse(error);
  }
  redirect(target);
}
