import Link from "next/link";

import { publicIndexPath, publicOfficePath, SEARCH_QUERY_MAX } from "@/lib/public/paths";
import type { TPublicPortal } from "@/lib/services/load-public-portal";

import { OfficeYearsTable } from "./office-years-table";
import styles from "./portal.module.css";

/** 年报专栏 home: search by office name and year, then every region with its offices. */
export function PortalHome({
  portal,
  query,
  year,
  queryCut = false,
}: Readonly<{ portal: TPublicPortal; query: string; year: number | null; queryCut?: boolean }>) {
  return (
    <div className={styles.portal}>
      <h1>政府信息公开工作年度报告专栏</h1>
      <p className={styles.lead}>
        各机关已发布的政府信息公开工作年度报告，按机关和年度长期保存。每份报告保留全部版次（含更正），
        提供发布时的 Word 和网页原件及其 SHA-256 校验值、图解和开放数据。
      </p>
      <form className={styles.search} method="get" action="/gongkai" role="search" aria-label="查找年报">
        <label>
          机关名称
          <input type="search" name="q" defaultValue={query} placeholder="如：教育局" />
        </label>
        <label>
          年度
          <select name="year" defaultValue={year === null ? "" : String(year)}>
            <option value="">全部年度</option>
            {portal.years.map((y) => (
              <option key={y} value={y}>
                {y}年度
              </option>
            ))}
          </select>
        </label>
        <button type="submit">查找</button>
      </form>

      {portal.results !== null && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">查找结果</h2>
          {queryCut && (
            <p role="status" data-testid="query-cut">
              查找词过长，只按前 {SEARCH_QUERY_MAX} 个字查找。
            </p>
          )}
          {portal.results.length === 0 ? (
            <p>
              {query.trim()
                ? "没有名称含有这些字的机关。请换一个机关名称再试。"
                : "没有找到符合条件的已发布年报。请换一个年度再试。"}
            </p>
          ) : (
            <OfficeYearsTable
              offices={portal.results.map((office) => ({
                ...office,
                years: office.years.filter((e) => year === null || e.year === year),
              }))}
              year={year}
            />
          )}
        </section>
      )}

      <section aria-labelledby="regions-heading">
        <h2 id="regions-heading">按地区浏览</h2>
        {portal.regions.length === 0 && <p>还没有机关。</p>}
        {portal.regions.map((region) => (
          <section key={region.id} aria-labelledby={`region-${region.id}`}>
            <h3 id={`region-${region.id}`}>
              <Link href={publicOfficePath(region.id)}>{region.name}</Link>及下属机关
            </h3>
            <OfficeYearsTable offices={region.offices} />
          </section>
        ))}
      </section>

      <section aria-labelledby="open-data-heading" className={styles.noPrint}>
        <h2 id="open-data-heading">开放数据</h2>
        <p>
          全部已发布年报的索引：<a href={publicIndexPath(null, "json")}>JSON</a>、
          <a href={publicIndexPath(null, "csv")}>CSV</a>（UTF-8，Excel 可直接打开）。每份年报另有交换格式
          JSON、 各统计表 CSV 和 Excel 表格。
        </p>
      </section>
    </div>
  );
}
