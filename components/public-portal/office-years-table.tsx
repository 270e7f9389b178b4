import Link from "next/link";

import { publicOfficePath, publicReportPath } from "@/lib/public/paths";
import type { TPublicOffice } from "@/lib/public/types";

import { nameThenYear } from "@/lib/report/title";
import { TimelinessBadge } from "./parts";
import styles from "./portal.module.css";

type TOfficeYears = Pick<TPublicOffice, "id" | "name" | "years">;

/**
 * An office's published years as links, each with its 按时 / 逾期 badge; “尚未发布年报” (of `year`, when the list
 * was filtered to one) when there is none.
 */
function YearLinks({ office, year }: Readonly<{ office: TOfficeYears; year: number | null }>) {
  if (office.years.length === 0)
    return (
      <strong className={styles.unpublished}>
        {year === null ? "尚未发布年报" : `尚未发布${year}年度年报`}
      </strong>
    );
  return (
    <ul className={styles.yearLinks}>
      {office.years.map((entry) => (
        <li key={entry.year}>
          <Link
            href={publicReportPath(office.id, entry.year)}
            aria-label={`${nameThenYear(office.name, entry.year)}年度报告`}
          >
            {entry.year}年度
          </Link>{" "}
          <TimelinessBadge timeliness={entry.timeliness} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The 年报专栏's table of offices: one row per office (its page linked), its published years beside it; `year`
 * when the years were filtered to one (the search), for the 尚未发布 wording.
 */
export function OfficeYearsTable({
  offices,
  year = null,
}: Readonly<{ offices: readonly TOfficeYears[]; year?: number | null }>) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">机关</th>
            <th scope="col">已发布的年度报告</th>
          </tr>
        </thead>
        <tbody>
          {offices.map((office) => (
            <tr key={office.id}>
              <th scope="row">
                <Link href={publicOfficePath(office.id)}>{office.name}</Link>
              </th>
              <td>
                <YearLinks office={office} year={year} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
