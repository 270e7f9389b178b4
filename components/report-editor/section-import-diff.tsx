"use client";

import { Alert, Checkbox, Select, Space, Typography } from "antd";

import type { TSectionDiff } from "@/lib/import/section-into-draft";
import { linkSourceLabel } from "@/lib/report/linked-values";
import type { TNarrativeKey } from "@/lib/report/schema";
import type { TReportTemplate } from "@/lib/template";
import { narrativeKeyLabel } from "@/lib/workflow/import-event";

import styles from "./import-into-draft.module.css";

interface TProps {
  template: TReportTemplate;
  /** The source's sections that have text. */
  sourceKeys: TNarrativeKey[];
  targetKeys: TNarrativeKey[];
  diff: TSectionDiff | null;
  dropMarkers: boolean;
  onFrom(key: TNarrativeKey): void;
  onTo(key: TNarrativeKey): void;
  onDropMarkers(drop: boolean): void;
}

const options = (keys: TNarrativeKey[]) => keys.map((key) => ({ value: key, label: narrativeKeyLabel(key) }));

/** Which section of the source goes into which section of the draft, and the old against the new text. */
export function SectionImportDiff(props: Readonly<TProps>) {
  const { diff } = props;
  return (
    <div data-testid="section-import-diff">
      <Space wrap>
        <label>
          文件中的部分：
          <Select
            aria-label="文件中的部分"
            style={{ minWidth: 140 }}
            value={diff?.from}
            options={options(props.sourceKeys)}
            onChange={props.onFrom}
          />
        </label>
        <label>
          替换草稿的部分：
          <Select
            aria-label="替换草稿的部分"
            style={{ minWidth: 140 }}
            value={diff?.to}
            options={options(props.targetKeys)}
            onChange={props.onTo}
          />
        </label>
      </Space>
      {diff && (
        <div className={styles.sectionDiff}>
          <section aria-label="草稿原文">
            <Typography.Title level={5}>草稿原文</Typography.Title>
            <pre tabIndex={0} data-testid="section-before">
              {diff.before || "（空）"}
            </pre>
          </section>
          <section aria-label="导入后">
            <Typography.Title level={5}>导入后</Typography.Title>
            <pre tabIndex={0} data-testid="section-after">
              {diff.after}
            </pre>
          </section>
        </div>
      )}
      {diff && diff.relinked > 0 && (
        <Typography.Paragraph>{diff.relinked} 个关联数值已按新文字中的相同数字保留。</Typography.Paragraph>
      )}
      {diff && diff.dropped.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`新文字中没有以下 ${diff.dropped.length} 个关联数值的数字，导入会去掉它们`}
          description={
            <>
              <ul>
                {diff.dropped.map((marker) => (
                  <li key={marker.sourceId}>
                    {linkSourceLabel(props.template, marker.sourceId)}（{marker.printed}）
                  </li>
                ))}
              </ul>
              <Checkbox
                checked={props.dropMarkers}
                onChange={(event) => props.onDropMarkers(event.target.checked)}
              >
                确认去掉这些关联数值
              </Checkbox>
            </>
          }
        />
      )}
    </div>
  );
}
