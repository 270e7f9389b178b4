import type { TChartData } from "@/lib/charts/report-charts";
import { renderChartSvg } from "@/lib/charts/render-svg";

import styles from "./portal.module.css";

/**
 * 图解 charts rendered on the server as SVG (no script), each with its text alternative: the picture is an
 * image named by the sentence under it, and the numbers follow as a table. Each chart is drawn twice, wide and
 * narrow (lib/charts/render-svg.ts), and CSS shows one (the hidden one is out of the accessibility tree too).
 * Server component only.
 */
export function ChartFigures({ charts }: Readonly<{ charts: TChartData[] }>) {
  return (
    <>
      {charts.map((chart) => {
        const summaryId = `chart-${chart.id}-summary`;
        return (
          <figure key={chart.id} className={styles.figure} data-chart={chart.id}>
            <figcaption>{chart.title}</figcaption>
            {/* Two drawings, one shown (CSS, below 640 px the narrow one): a phone gets labels it can read. */}
            {(["wide", "narrow"] as const).map((variant) => (
              <div
                key={variant}
                className={`${styles.chart} ${variant === "wide" ? styles.chartWide : styles.chartNarrow}`}
                role="img"
                aria-labelledby={summaryId}
                data-variant={variant}
                // SVG from ECharts: numbers and template labels only, text escaped by the renderer.
                dangerouslySetInnerHTML={{ __html: renderChartSvg(chart, variant) }}
              />
            ))}
            <p id={summaryId}>{chart.summary}</p>
            <details>
              <summary>数据表</summary>
              <div className={styles.tableWrap}>
                <table className={styles.table}>
                  <thead>
                    <tr>
                      <th scope="col">项目</th>
                      {chart.series.map((series) => (
                        <th key={series.name} scope="col">
                          {series.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {chart.categories.map((category, index) => (
                      <tr key={category}>
                        <th scope="row">{category}</th>
                        {chart.series.map((series) => (
                          <td key={series.name}>{series.values[index] ?? 0}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </figure>
        );
      })}
    </>
  );
}
