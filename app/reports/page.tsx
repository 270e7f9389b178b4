import { ComingSoon } from "@/components/coming-soon";

export const metadata = { title: "我的年报" };

export default function ReportsPage() {
  return <ComingSoon title="我的年报" description="年报的在线编写功能正在建设中。" />;
}
