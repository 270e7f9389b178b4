import Link from "next/link";

import { publicOfficePath, publicReportPath } from "@/lib/public/paths";
import type { TPublicOffice } from "@/lib/public/types";

import { TimelinessBadge } from "./parts";
import styles from "./portal.module.css";

type TOfficeYears = Pick<TPublicOffice, "id" | "name" | "years">;

/** An office's published years as links, each with its 按时 / 逾期 badge; “尚未发布年报” when there is none. */
function YearLinks({ office }: Readonly<{ office: TOfficeYears }>) {
  if (office.years.length === 0) return <span className={styles.muted}>尚未发布年报</span>;
  return (
    <ul className={styles.yearLinks}>
      {office.years.map((entry) => (
        <li key={entry.year}>
          <Link
            href={publicReportPath(office.id, entry.year)}
            aria-label={`${office.name}${entry.year}年度报告`}
          >
            {entry.year}年度
          </Link>{" "}
          <TimelinessBadge timeliness={entry.timeliness} />
        </li>
      ))}
    </ul>
  );
}

/** The 年报专栏's table of offices: one row per office (its page linked), its published years beside it. */
export function OfficeYearsTable({ offices }: Readonly<{ offices: readonly TOfficeYears[] }>) {
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
                <YearLinks office={office} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
