import Link from "next/link";

import { formatDateTime } from "@/lib/format/date-time";
import { editionLabel } from "@/lib/public/format";
import { publicChartsPath, publicIndexPath, publicReportPath } from "@/lib/public/paths";
import type { TPublicOfficePage } from "@/lib/services/load-public-office";

import { OfficeYearsTable } from "./office-years-table";
import { OfficePageFrame, TimelinessBadge } from "./parts";
import styles from "./portal.module.css";

/** One office: every published year with every edition, and the offices below it (the region index). */
export function OfficePage({ page }: Readonly<{ page: TPublicOfficePage }>) {
  const { office, below } = page;
  return (
    <OfficePageFrame office={office}>
      <h1>{office.name}政府信息公开工作年度报告</h1>
      {office.years.length === 0 ? (
        <p>本机关尚未发布政府信息公开工作年度报告。</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className={styles.muted} style={{ textAlign: "left", captionSide: "top" }}>
              共 {office.years.length} 个年度，每个版次都原样保存
            </caption>
            <thead>
              <tr>
                <th scope="col">年度</th>
                <th scope="col">是否按时发布</th>
                <th scope="col">版次与发布时间</th>
                <th scope="col">图解</th>
              </tr>
            </thead>
            <tbody>
              {office.years.map((entry) => (
                <tr key={entry.year}>
                  <th scope="row">
                    <Link href={publicReportPath(office.id, entry.year)}>{entry.year}年度报告</Link>
                  </th>
                  <td>
                    <TimelinessBadge timeliness={entry.timeliness} />
                  </td>
                  <td>
                    <ul className={styles.files}>
                      {entry.editions.map((edition) => (
                        <li key={edition.edition}>
                          <Link href={publicReportPath(office.id, entry.year, edition.edition)}>
                            {editionLabel(edition.edition)}
                          </Link>{" "}
                          {formatDateTime(edition.publishedAt)}
                          {edition.note && <div className={styles.muted}>更正说明：{edition.note}</div>}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <Link href={publicChartsPath(office.id, entry.year)}>{entry.year}年度图解</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {below.length > 0 && (
        <section aria-labelledby="below-heading">
          <h2 id="below-heading">下属机关的年度报告</h2>
          <OfficeYearsTable offices={below} />
        </section>
      )}

      <section aria-labelledby="office-data-heading" className={styles.noPrint}>
        <h2 id="office-data-heading">开放数据</h2>
        <p>
          {below.length > 0 ? "本机关及下属机关" : "本机关"}全部已发布年报的索引：
          <a href={publicIndexPath(office.id, "json")}>JSON</a>、
          <a href={publicIndexPath(office.id, "csv")}>CSV</a>
        </p>
      </section>
    </OfficePageFrame>
  );
}
