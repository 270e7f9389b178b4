import { AdminConsole } from "@/components/admin/admin-console";
import { requireUser } from "@/lib/auth/session";
import { loadAdminConsoleFor } from "@/lib/services/load-admin-console";

export const metadata = { title: "管理" };
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const user = await requireUser("/admin");
  const { isAdmin, offices, users } = await loadAdminConsoleFor(user);
  return <AdminConsole isAdmin={isAdmin} offices={offices} users={users} />;
}
