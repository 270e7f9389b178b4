"use client";

import { App, Button, Card, List, Space, Tabs, Tag, Typography } from "antd";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";

import { ScrollBox } from "@/components/scroll-box";
import { YearInput } from "@/components/year-input";
import { resolveValues } from "@/lib/report/values";
import type { TRollupView } from "@/lib/rollup/types";
import { getTemplate, type TCellDef } from "@/lib/template";
import { TABLE_NAMES } from "@/lib/template/labels";

import { makeRollupAction, overrideRollupCellAction } from "./actions";
import { RollupChooser } from "./rollup-chooser";
import { RollupFindings } from "./rollup-findings";
import { RollupOverride } from "./rollup-override";
import { RollupStale } from "./rollup-stale";
import { RollupTable } from "./rollup-table";

/**
 * 汇总 page of a supervising office: choose the offices, make or refresh the roll-up, see who is missing and
 * what changed since, point at any summed cell for each office's contribution, override a cell with a
 * written reason, read the checks (a subordinate's as “来自某某局”), and download the .xlsx.
 */
export function RollupView({ view }: Readonly<{ view: TRollupView }>) {
  const router = useRouter();
  const { message } = App.useApp();
  const [pending, startTransition] = useTransition();
  const [editing, setEditing] = useState<TCellDef | null>(null);
  const [value, setValue] = useState<number | null>(null);
  const [reason, setReason] = useState("");
  const document = view.document;
  const template = document ? getTemplate(document.formatVersion) : null;
  const values = useMemo(
    () => (template && document ? resolveValues(template, document) : null),
    [template, document],
  );

  const run = (work: () => Promise<{ ok: boolean; error?: { message: string } }>, done: string) =>
    startTransition(async () => {
      const result = await work();
      if (!result.ok) {
        void message.error(result.error?.message ?? "操作失败");
        return;
      }
      void message.success(done);
      setEditing(null);
      router.refresh();
    });

  const make = (officeIds?: string[]) =>
    run(
      () =>
        makeRollupAction({
          officeId: view.office.id,
          year: view.year,
          officeIds,
          baseVersion: view.report?.version,
        }),
      document ? "已刷新汇总" : "已生成汇总",
    );

  const saveOverride = () => {
    if (!editing || !view.report) return;
    // An empty or unreadable number is no instruction (it once saved as 撤销调整, reported as 已调整).
    if (value === null) {
      void message.error("请填写调整后的数（数字）；要撤销调整，填回各机关合计。");
      return;
    }
    if (!reason.trim()) {
      void message.error("调整汇总数必须写明理由。");
      return;
    }
    run(
      () =>
        overrideRollupCellAction({
          officeId: view.office.id,
          year: view.year,
          cellId: editing.id,
          value,
          reason,
          baseVersion: view.report!.version,
        }),
      "已调整",
    );
  };

  const edit = (cell: TCellDef) => {
    setEditing(cell);
    const current = document?.cells[cell.id];
    setValue(typeof current === "number" ? current : null);
    setReason(document?.rollup?.overrides?.[cell.id]?.reason ?? "");
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          汇总 · {view.office.name}
        </Typography.Title>
        <YearInput
          value={view.year}
          onChange={(year) => router.push(`/review/rollup?office=${view.office.id}&year=${year}`)}
        />
        <Link href={`/review?year=${view.year}`}>返回审核台</Link>
      </Space>

      {document && view.report ? (
        <Space wrap>
          <Tag>{view.report.statusLabel}</Tag>
          <Link href={`/reports/${view.report.id}`}>打开汇总报告（填写正文）</Link>
          <a href={`/review/rollup/xlsx?office=${view.office.id}&year=${view.year}`} download>
            下载 Excel
          </a>
          {view.editable ? (
            <Button loading={pending} disabled={pending} onClick={() => make()}>
              刷新
            </Button>
          ) : null}
        </Space>
      ) : null}

      <RollupStale view={view} pending={pending} onRefresh={() => make()} />

      {!document ? <RollupChooser view={view} pending={pending} onMake={make} /> : null}

      <Card title={`未纳入汇总的机关（${view.missing.length}）`} data-testid="rollup-missing">
        {view.missing.length === 0 ? (
          <Typography.Text>所选机关均已纳入汇总。</Typography.Text>
        ) : (
          <ScrollBox label="未纳入汇总的机关列表">
            <List
              size="small"
              dataSource={view.missing}
              renderItem={(m) => (
                <List.Item>
                  {m.name} <Tag>{m.status}</Tag>
                  <Typography.Text type="secondary">没有已通过或已发布的年报</Typography.Text>
                </List.Item>
              )}
            />
          </ScrollBox>
        )}
      </Card>

      {document && template ? (
        <>
          <Card title={`已汇总（${view.included.length}）`} size="small">
            <ScrollBox label="已汇总的机关列表" maxHeight={200}>
              <Space wrap>
                {view.included.map((i) => (
                  <Tag key={i.name} color="green">
                    {i.name}：{i.source}
                  </Tag>
                ))}
              </Space>
            </ScrollBox>
          </Card>
          <Card title="汇总数（指向数字查看各机关数值）">
            <Tabs
              items={(["t2", "t3", "t4"] as const).map((id) => ({
                key: id,
                label: TABLE_NAMES[id],
                children: (
                  <RollupTable view={view} template={template} values={values} tableId={id} onEdit={edit} />
                ),
              }))}
            />
          </Card>
          <RollupFindings view={view} />
        </>
      ) : null}

      <RollupOverride
        view={view}
        editing={editing}
        value={value}
        reason={reason}
        pending={pending}
        onValue={setValue}
        onReason={setReason}
        onSave={saveOverride}
        onCancel={() => setEditing(null)}
      />
    </Space>
  );
}
