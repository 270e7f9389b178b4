import { ComingSoon } from "@/components/coming-soon";

export const metadata = { title: "审核" };

export default function ReviewPage() {
  return <ComingSoon title="审核" description="审核台正在建设中。" />;
}
