import { ApprovalChains } from "@/components/supervision/approval-chains";
import { requireUser } from "@/lib/auth/session";
import { loadApprovalChainsFor } from "@/lib/services/approval-chains";

export const metadata = { title: "审核流程" };
export const dynamic = "force-dynamic";

export default async function ApprovalChainsPage() {
  const user = await requireUser("/review/approval");
  return <ApprovalChains rows={await loadApprovalChainsFor(user)} />;
}
