import { Space } from "antd";
import Link from "next/link";

/** Below the 审核台: the supervising office's other pages, for the year shown. */
export function SupervisionLinks({ year }: Readonly<{ year: number }>) {
  return (
    <nav aria-label="上级机关的设置" style={{ marginTop: 16 }}>
      <Space size="large" wrap>
        <Link href="/review/approval">审核流程</Link>
        <Link href={`/review/requirements?year=${year}`}>本地要求</Link>
        <Link href={`/review/on-time?year=${year}`}>按时公布情况</Link>
        <Link href="/review/import">批量导入</Link>
      </Space>
    </nav>
  );
}
