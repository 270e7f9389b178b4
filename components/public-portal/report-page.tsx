import Link from "next/link";

import { formatDateTime } from "@/lib/format/date-time";
import { editionLabel } from "@/lib/public/format";
import { PUBLIC_FILES, publicChartsPath, publicFilePath, publicReportPath } from "@/lib/public/paths";
import type { TPublicReportPage } from "@/lib/services/load-public-report";

import { OfficePageFrame, TimelinessBadge } from "./parts";
import styles from "./portal.module.css";

const DATA_FILES = ["report.json", "t2.csv", "t3.csv", "t4.csv", "tables.xlsx"] as const;

/**
 * A published report: its editions (publication time, 更正说明, SHA-256 of the frozen files), the downloads,
 * and the stored HTML of the edition shown, exactly as frozen, in a sandboxed frame (no script can run in it).
 */
export function ReportPage({ page }: Readonly<{ page: TPublicReportPage }>) {
  const { office, entry, edition, title } = page;
  const latest = entry.editions[entry.editions.length - 1]?.edition ?? 1;
  const file = (name: keyof typeof PUBLIC_FILES) =>
    publicFilePath(office.id, entry.year, edition.edition, name);
  return (
    <OfficePageFrame office={office} trail={[{ label: `${entry.year}年度` }]}>
      <h1>{title}</h1>
      <p>
        <TimelinessBadge timeliness={entry.timeliness} /> 首次发布于{" "}
        {formatDateTime(entry.editions[0]?.publishedAt ?? "")}
        ，法定期限 {entry.timeliness.deadlineLabel}。
      </p>
      <p>
        正在查看：<strong>{editionLabel(edition.edition)}</strong>，发布于{" "}
        {formatDateTime(edition.publishedAt)}
        {edition.edition !== latest && (
          <>
            。本报告已有更新的版次：<Link href={publicReportPath(office.id, entry.year)}>查看最新版</Link>
          </>
        )}
      </p>
      {edition.note && (
        <p className={styles.note}>
          <strong>更正说明：</strong>
          {edition.note}
        </p>
      )}
      <p className={styles.noPrint}>
        <Link className={styles.button} href={publicChartsPath(office.id, entry.year, edition.edition)}>
          图解：{entry.year}年度报告
        </Link>
      </p>

      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">下载（{editionLabel(edition.edition)}）</h2>
        <ul className={styles.files}>
          {(["report.docx", "report.html"] as const).map((name) => (
            <li key={name}>
              <a href={file(name)} download>
                {PUBLIC_FILES[name].label}
              </a>
              <div>
                SHA-256：
                <code className={styles.hash} data-testid={`sha256-${name}`}>
                  {name === "report.docx" ? edition.docxSha256 : edition.htmlSha256}
                </code>
              </div>
            </li>
          ))}
          {page.pdfAvailable ? (
            <li>
              <a href={file("report.pdf")} download>
                {PUBLIC_FILES["report.pdf"].label}
              </a>
              <div className={styles.muted}>
                由上面的网页文件打印而成，内容与之相同；如有出入，以 Word 和网页文件为准。
              </div>
            </li>
          ) : (
            <li className={styles.muted}>
              PDF：本服务器未安装打印组件（Chromium），暂不提供 PDF；可打开网页版全文，用浏览器“打印”另存为
              PDF。
            </li>
          )}
        </ul>
        <h3>开放数据</h3>
        <ul className={styles.yearLinks}>
          {DATA_FILES.map((name) => (
            <li key={name}>
              <a href={file(name)} download>
                {PUBLIC_FILES[name].label}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="editions-heading">
        <h2 id="editions-heading">全部版次</h2>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">版次</th>
                <th scope="col">发布时间</th>
                <th scope="col">更正说明</th>
              </tr>
            </thead>
            <tbody>
              {entry.editions.map((item) => (
                <tr key={item.edition}>
                  <th scope="row">
                    {item.edition === edition.edition ? (
                      <span className={styles.current} aria-current="page">
                        {editionLabel(item.edition)}（正在查看）
                      </span>
                    ) : (
                      <Link href={publicReportPath(office.id, entry.year, item.edition)}>
                        {editionLabel(item.edition)}
                      </Link>
                    )}
                  </th>
                  <td>{formatDateTime(item.publishedAt)}</td>
                  <td>{item.note ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="fulltext-heading">
        <h2 id="fulltext-heading">全文</h2>
        <p className={styles.noPrint}>
          以下是该版次发布时保存的网页原文。
          <a href={`${file("report.html")}?view=1`} target="_blank" rel="noopener">
            在新窗口中阅读或打印全文
          </a>
        </p>
        <p className={styles.printOnly}>全文见本页地址下的网页原文（{file("report.html")}）。</p>
        <iframe className={styles.frame} title={`${title}（全文）`} srcDoc={page.html} sandbox="" />
      </section>
    </OfficePageFrame>
  );
}
