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

/** One of the two section choices: a labelled select of section names. */
function SectionPicker(
  props: Readonly<{
    label: string;
    value: TNarrativeKey | undefined;
    keys: TNarrativeKey[];
    onChange(key: TNarrativeKey): void;
  }>,
) {
  return (
    <label>
      {props.label}：
      <Select
        aria-label={props.label}
        style={{ minWidth: 140 }}
        value={props.value}
        options={options(props.keys)}
        onChange={props.onChange}
      />
    </label>
  );
}

/** One side of the text diff, scrollable by keyboard. */
function TextPane(props: Readonly<{ title: string; testId: string; text: string }>) {
  return (
    <section aria-label={props.title}>
      <Typography.Title level={5}>{props.title}</Typography.Title>
      <pre tabIndex={0} data-testid={props.testId}>
        {props.text}
      </pre>
    </section>
  );
}

/** Which section of the source goes into which section of the draft, and the old against the new text. */
export function SectionImportDiff(props: Readonly<TProps>) {
  const { diff } = props;
  return (
    <div data-testid="section-import-diff">
      <Space wrap>
        <SectionPicker
          label="文件中的部分"
          value={diff?.from}
          keys={props.sourceKeys}
          onChange={props.onFrom}
        />
        <SectionPicker
          label="替换草稿的部分"
          value={diff?.to}
          keys={props.targetKeys}
          onChange={props.onTo}
        />
      </Space>
      {diff && (
        <div className={styles.sectionDiff}>
          <TextPane title="草稿原文" testId="section-before" text={diff.before || "（空）"} />
          <TextPane title="导入后" testId="section-after" text={diff.after} />
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
