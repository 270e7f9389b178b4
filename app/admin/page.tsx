import { AdminConsole } from "@/components/admin-console";
import { requireUser } from "@/lib/auth/session";
import { listUsersOfOffices } from "@/lib/db/admin";
import { listOfficeSubtrees } from "@/lib/db/offices";

export const metadata = { title: "管理" };
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const user = await requireUser("/admin");
  const roots = user.memberships.filter((m) => m.role === "ADMIN").map((m) => m.officeId);
  const offices = roots.length ? await listOfficeSubtrees(roots) : [];
  const users = offices.length ? await listUsersOfOffices(offices.map((o) => o.id)) : [];
  return <AdminConsole isAdmin={roots.length > 0} offices={offices} users={users} />;
}
