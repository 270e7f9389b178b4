import Link from "next/link";

import { editionLabel } from "@/lib/public/format";
import { publicReportPath } from "@/lib/public/paths";
import type { TPublicChartsPage } from "@/lib/services/load-public-charts";

import { ChartFigures } from "./chart-figures";
import { OfficePageFrame } from "./parts";
import styles from "./portal.module.css";

/** 图解 beside a published report: the charts of one edition's tables and the office's years compared. */
export function ChartsPage({ page }: Readonly<{ page: TPublicChartsPage }>) {
  const { office, entry, edition, title } = page;
  return (
    <OfficePageFrame
      office={office}
      trail={[
        { href: publicReportPath(office.id, entry.year), label: `${entry.year}年度` },
        { label: "图解" },
      ]}
    >
      <h1>图解：{title}</h1>
      <p className={styles.lead}>
        根据{editionLabel(edition.edition)}的统计表绘制。数字以报告原文为准：
        <Link href={publicReportPath(office.id, entry.year, edition.edition)}>阅读报告全文</Link>
      </p>
      <ChartFigures charts={page.charts} />
    </OfficePageFrame>
  );
}
