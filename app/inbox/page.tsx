import { Inbox } from "@/components/inbox/inbox";
import { requireUser } from "@/lib/auth/session";
import { INBOX_PAGE_SIZE, loadInboxFor } from "@/lib/services/inbox";

export const metadata = { title: "待办与消息" };
export const dynamic = "force-dynamic";

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<{ unread?: string; page?: string }>;
}) {
  const user = await requireUser("/inbox");
  const query = await searchParams;
  const unreadOnly = query.unread === "1";
  const page = Math.max(1, Math.trunc(Number(query.page)) || 1);
  const inbox = await loadInboxFor(user, { unreadOnly, page });
  return <Inbox {...inbox} unreadOnly={unreadOnly} page={page} pageSize={INBOX_PAGE_SIZE} />;
}
