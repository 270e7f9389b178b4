import Link from "next/link";

import { ChartFigures } from "@/components/public-portal/chart-figures";
import styles from "@/components/public-portal/portal.module.css";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/public/or-not-found";
import { loadReportChartsFor } from "@/lib/services/load-report-charts";

export const metadata = { title: "图解" };
export const dynamic = "force-dynamic";

/** 图解 of a report being written or reviewed: the same charts the 年报专栏 publishes beside it. */
export default async function ReportChartsPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const user = await requireUser(`/reports/${reportId}/tujie`);
  const page = await orNotFound(loadReportChartsFor(user, reportId));
  return (
    <div className={styles.portal}>
      <h1>图解：{page.title}</h1>
      <p className={styles.lead}>
        按当前填写的统计表绘制，发布后在年报专栏中与报告一同公开。
        <Link href={`/reports/${page.reportId}/preview`}>返回预览</Link>
      </p>
      <ChartFigures charts={page.charts} />
    </div>
  );
}
