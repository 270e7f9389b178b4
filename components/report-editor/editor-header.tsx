"use client";

import Link from "next/link";
import { memo, type ReactNode } from "react";

import { Col, Row } from "@/components/ui/field";
import { Space } from "@/components/ui/space";
import { Text, Title } from "@/components/ui/typography";
import { DownloadLinks } from "@/components/reports/download-links";

import { type TReportProgress, unfilledText } from "@/lib/rules/progress";

import type { TSaveStatus } from "./autosave/save-queue";
import styles from "./completeness.module.css";
import { SaveStatus } from "./save-status";

interface TProps {
  reportId: string;
  title: string;
  subtitle: string;
  /** Null for a read-only editor, which never saves. */
  status: TSaveStatus | null;
  /** Errors the checker finds now: a download then asks for confirmation. */
  errorCount: number;
  progress: TReportProgress;
  /** The edition in force when the report is published: downloads are its frozen files. */
  publishedEdition?: number;
  /** More actions beside the links (导入 into a draft). */
  actions?: ReactNode;
}

/** Title, save status, and the preview and download links. */
export const EditorHeader = memo(function EditorHeader({
  reportId,
  title,
  subtitle,
  status,
  errorCount,
  progress,
  publishedEdition,
  actions,
}: Readonly<TProps>) {
  return (
    <Row justify="space-between" align="middle" gutter={[8, 8]}>
      <Col>
        <Title level={3} style={{ margin: 0 }}>
          {title}
        </Title>
        <Text type="secondary">{subtitle}</Text>
      </Col>
      <Col>
        <CompletenessBadge progress={progress} />
      </Col>
      <Col>
        <Space wrap>
          {status && <SaveStatus status={status} />}
          <Link href={`/reports/${reportId}/preview`}>预览</Link>
          <DownloadLinks reportId={reportId} errorCount={errorCount} publishedEdition={publishedEdition} />
          {actions}
        </Space>
      </Col>
    </Row>
  );
});

/**
 * 完整度 n% as a bar (role="progressbar", 0–100), with the blanks and errors left: the same figures as 我的年报
 * and the 审核台. The bar is plain markup (completeness.module.css), not antd's Progress (issue 17).
 */
export const CompletenessBadge = memo(function CompletenessBadge({
  progress,
}: Readonly<{ progress: TReportProgress }>) {
  const percent = progress.completeness;
  const state = progress.errors ? styles.exception : percent === 100 ? styles.success : "";
  return (
    <Space data-testid="completeness" role="group" aria-label={`完整度 ${percent}%`}>
      <Text>完整度</Text>
      <span
        className={styles.progress}
        role="progressbar"
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label={`完整度 ${percent}%`}
      >
        <span className={styles.rail}>
          <span className={`${styles.track} ${state}`} style={{ width: `${percent}%` }} />
        </span>
        <span className={styles.percent}>{percent}%</span>
      </span>
      <Text type={progress.errors ? "danger" : "secondary"}>
        {progress.unfilled ? unfilledText(progress.unfilled) : "全部已填"}
        {progress.errors ? ` · ${progress.errors} 个错误` : ""}
      </Text>
    </Space>
  );
});
