import Link from "next/link";

import { PORTAL_PATH } from "@/lib/public/paths";

import styles from "./portal.module.css";

/** 404 inside the 年报专栏: in Chinese, with the way back to the portal's search. */
export function PortalNotFound() {
  return (
    <div className={styles.portal}>
      <h1>没有找到这份年报</h1>
      <p>该机关、年度或版次不存在，或尚未发布。已发布的年报一直保存在年报专栏中，请检查链接或重新查找。</p>
      <p>
        <Link className={styles.button} href={PORTAL_PATH}>
          回到年报专栏查找
        </Link>
      </p>
    </div>
  );
}
