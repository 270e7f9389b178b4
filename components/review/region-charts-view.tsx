import Link from "next/link";

import { ChartFigures } from "@/components/public-portal/chart-figures";
import styles from "@/components/public-portal/portal.module.css";
import type { TRegionChartsView } from "@/lib/charts/region-charts";

const FIELD = { display: "flex", flexDirection: "column", gap: 4, fontSize: 14 } as const;

/**
 * 图解 of a region on the 审核台 (server component, no script): which reports are counted (a form to choose
 * with or without 待审核 ones, and the year), how many offices are included and who is missing, the charts with
 * their text alternatives (components/public-portal/chart-figures.tsx), or why there is nothing to draw.
 */
export function RegionChartsView({ view }: Readonly<{ view: TRegionChartsView }>) {
  const { office, year, included, missing } = view;
  const pending = included.filter((o) => o.pending);
  const query = `office=${office.id}&year=${year}`;
  return (
    <div className={styles.portal}>
      <h1>
        图解 · {office.name} · {year}年度
      </h1>
      <p className={styles.lead}>
        由下级机关{year}年度的年报逐格相加后绘制（与“汇总”选用相同的年报，不含本机关自己的年报）。
        <Link href={`/review?year=${year}`}>返回审核台</Link>　
        <Link href={`/review/rollup?${query}`}>汇总</Link>
      </p>
      <form className={styles.search} action="/review/tujie" method="get" aria-label="选择年度和计入的年报">
        <input type="hidden" name="office" value={office.id} />
        {/* Each label beside its field, not around it: a wrapping label names the select by all its options. */}
        <div style={FIELD}>
          <label htmlFor="region-charts-year">年度</label>
          <input
            id="region-charts-year"
            type="number"
            name="year"
            defaultValue={year}
            min={2019}
            max={2100}
          />
        </div>
        <div style={FIELD}>
          <label htmlFor="region-charts-scope">计入的年报</label>
          <select
            id="region-charts-scope"
            name="scope"
            defaultValue={view.includeSubmitted ? "all" : "approved"}
            style={{ minWidth: 300 }}
          >
            <option value="all">已通过、已发布和待审核的年报</option>
            <option value="approved">只计已通过和已发布的年报</option>
          </select>
        </div>
        <button type="submit">显示</button>
      </form>
      {view.officeCount > 0 && (
        <p data-testid="region-charts-count">
          下级机关共 {view.officeCount} 个，纳入图解 {included.length} 个
          {missing.length > 0
            ? `，未纳入 ${missing.length} 个：${missing.map((m) => `${m.name}（${m.status}）`).join("、")}。`
            : "，全部纳入。"}
        </p>
      )}
      {pending.length > 0 && (
        <p className={styles.note} data-testid="region-charts-pending">
          其中 {pending.length} 个机关的年报待审核、尚未审核通过，数字可能变化：
          {pending.map((o) => o.name).join("、")}。只看已通过和已发布的年报：
          <Link href={`/review/tujie?${query}&scope=approved`}>只计已通过和已发布</Link>
        </p>
      )}
      {view.message ? (
        <p className={styles.note} role="status" data-testid="region-charts-empty">
          {view.message}
        </p>
      ) : (
        <>
          {view.years.length > 1 && (
            <p className={styles.muted}>历年对比包括：{view.years.map((y) => `${y}年度`).join("、")}。</p>
          )}
          <ChartFigures charts={view.charts} />
        </>
      )}
      {view.officeCount > 0 && (
        <>
          <h2>各下级机关</h2>
          <div className={styles.tableWrap}>
            <table className={styles.table} data-testid="region-charts-offices">
              <thead>
                <tr>
                  <th scope="col">机关</th>
                  <th scope="col">是否纳入</th>
                  <th scope="col">采用的年报或当前状态</th>
                </tr>
              </thead>
              <tbody>
                {included.map((o) => (
                  <tr key={o.name}>
                    <th scope="row">{o.name}</th>
                    <td>{o.pending ? "纳入（待审核）" : "纳入"}</td>
                    <td>{o.label}</td>
                  </tr>
                ))}
                {missing.map((m) => (
                  <tr key={m.name}>
                    <th scope="row">{m.name}</th>
                    <td>未纳入</td>
                    <td>{m.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
