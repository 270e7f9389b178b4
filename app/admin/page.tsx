import { ComingSoon } from "@/components/coming-soon";

export const metadata = { title: "管理" };

export default function AdminPage() {
  return <ComingSoon title="管理" description="机关与用户管理正在建设中。" />;
}
