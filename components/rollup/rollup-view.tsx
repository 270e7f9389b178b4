"use client";

import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Input,
  InputNumber,
  List,
  Modal,
  Popover,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from "antd";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";

import { YearInput } from "@/components/year-input";
import { resolveValues } from "@/lib/report/values";
import type { TRollupView } from "@/lib/rollup/types";
import { getTemplate, type TCellDef, type TTableId } from "@/lib/template";
import { cellLabel, TABLE_NAMES } from "@/lib/template/labels";

import { makeRollupAction, overrideRollupCellAction } from "./actions";

const SEVERITY = {
  error: { label: "错误", color: "red" },
  warning: { label: "警告", color: "orange" },
  info: { label: "提示", color: "blue" },
} as const;

const show = (value: number | null | undefined) =>
  value === null || value === undefined ? "（空）" : String(value);

/** Each office's value of one cell, shown when the sum is pointed at (hover, focus or click). */
function Contributions({ view, cell }: Readonly<{ view: TRollupView; cell: TCellDef }>) {
  const rollup = view.document?.rollup;
  const values = rollup?.contributions[cell.id] ?? [];
  return (
    <div data-testid="rollup-contributions" style={{ maxHeight: 320, overflow: "auto" }}>
      <Typography.Text strong>{cellLabel(cell)}</Typography.Text>
      <table style={{ marginTop: 8, borderCollapse: "collapse" }}>
        <tbody>
          {rollup?.offices.map((office, i) => (
            <tr key={office.name}>
              <td style={{ paddingRight: 16 }}>{office.name}</td>
              <td style={{ textAlign: "right" }}>{show(values[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * 汇总 page of a supervising office: choose the offices, make or refresh the roll-up, see who is missing and
 * what changed since, point at any summed cell for each office's contribution, override a cell with a
 * written reason, read the checks (a subordinate's as “来自某某局”), and download the .xlsx.
 */
export function RollupView({ view }: Readonly<{ view: TRollupView }>) {
  const router = useRouter();
  const { message } = App.useApp();
  const [pending, startTransition] = useTransition();
  const [chosen, setChosen] = useState<string[]>(view.candidates.map((c) => c.id));
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

  const tableTab = (tableId: TTableId) => {
    const cells = template!.cells.filter((cell) => cell.table === tableId);
    return (
      <Table<TCellDef>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={cells}
        columns={[
          { title: "项目", key: "label", render: (_, cell) => `${cell.rowLabel} · ${cell.colLabel}` },
          {
            title: "汇总数",
            key: "value",
            align: "right",
            render: (_, cell) => {
              const override = document?.rollup?.overrides?.[cell.id];
              return (
                <Space>
                  {override ? (
                    <Tag color="purple" title={`原合计 ${show(override.sum)}；理由：${override.reason}`}>
                      已调整
                    </Tag>
                  ) : null}
                  <Popover
                    trigger={["hover", "focus", "click"]}
                    content={<Contributions view={view} cell={cell} />}
                  >
                    <Button
                      type="link"
                      size="small"
                      data-rollup-cell={cell.id}
                      aria-label={`${cellLabel(cell)}：各机关数值`}
                    >
                      {show(values?.effectiveAt[cell.index])}
                    </Button>
                  </Popover>
                </Space>
              );
            },
          },
          {
            title: "",
            key: "override",
            render: (_, cell) =>
              cell.sumOf || !view.editable ? null : (
                <Button
                  size="small"
                  onClick={() => {
                    setEditing(cell);
                    const current = document?.cells[cell.id];
                    setValue(typeof current === "number" ? current : null);
                    setReason(document?.rollup?.overrides?.[cell.id]?.reason ?? "");
                  }}
                >
                  调整
                </Button>
              ),
          },
        ]}
      />
    );
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
            <Button loading={pending} onClick={() => make()}>
              刷新
            </Button>
          ) : null}
        </Space>
      ) : null}

      {view.stale ? (
        <Alert
          type="warning"
          showIcon
          data-testid="rollup-stale"
          title="汇总已过期：下级年报在汇总后有变化"
          description={
            <div>
              {view.stale.error ? <p>{view.stale.error}</p> : null}
              {view.stale.added.length ? <p>新纳入：{view.stale.added.join("、")}</p> : null}
              {view.stale.removed.length ? <p>不再纳入：{view.stale.removed.join("、")}</p> : null}
              {view.stale.changes.slice(0, 50).map((c) => (
                <p key={`${c.office}:${c.cellId}`}>
                  {c.office} {c.label}：{show(c.before)} → {show(c.after)}
                </p>
              ))}
              {view.stale.changes.length > 50 ? <p>另有 {view.stale.changes.length - 50} 处变化</p> : null}
              <p>提交前请刷新；不刷新提交时须写明理由。</p>
            </div>
          }
          action={
            view.editable ? (
              <Button type="primary" loading={pending} onClick={() => make()}>
                刷新
              </Button>
            ) : null
          }
        />
      ) : document ? (
        <Alert type="success" showIcon title="汇总与各机关当前的年报一致" />
      ) : null}

      {!document ? (
        <Card title="选择要汇总的机关">
          {view.candidates.length === 0 ? (
            <Typography.Text>本机关没有下级机关。</Typography.Text>
          ) : (
            <Space orientation="vertical">
              <Checkbox.Group
                value={chosen}
                onChange={(ids) => setChosen(ids as string[])}
                options={view.candidates.map((c) => ({ label: c.name, value: c.id }))}
              />
              <Typography.Text type="secondary">
                使用各机关最新的已通过或已发布的年报；本机关年报中已填的表格数计为“本级”。
              </Typography.Text>
              <Button type="primary" loading={pending} disabled={!view.editable} onClick={() => make(chosen)}>
                生成汇总
              </Button>
            </Space>
          )}
        </Card>
      ) : null}

      <Card title={`未纳入汇总的机关（${view.missing.length}）`} data-testid="rollup-missing">
        {view.missing.length === 0 ? (
          <Typography.Text>所选机关均已纳入汇总。</Typography.Text>
        ) : (
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
        )}
      </Card>

      {document && template ? (
        <>
          <Card title={`已汇总（${view.included.length}）`} size="small">
            <Space wrap>
              {view.included.map((i) => (
                <Tag key={i.name} color="green">
                  {i.name}：{i.source}
                </Tag>
              ))}
            </Space>
          </Card>
          <Card title="汇总数（指向数字查看各机关数值）">
            <Tabs
              items={(["t2", "t3", "t4"] as const).map((id) => ({
                key: id,
                label: TABLE_NAMES[id],
                children: tableTab(id),
              }))}
            />
          </Card>
          <Card title="校验结果">
            <List
              size="small"
              locale={{ emptyText: "汇总报告未发现问题" }}
              dataSource={[
                ...view.findings.map((f) => ({ ...f, key: `own:${f.ruleId}:${f.message}` })),
                ...view.subordinateFindings.map((f) => ({
                  ...f,
                  key: `${f.office}:${f.ruleId}:${f.message}`,
                })),
              ]}
              renderItem={(f) => (
                <List.Item data-testid="rollup-finding">
                  <Tag color={SEVERITY[f.severity].color}>{SEVERITY[f.severity].label}</Tag> [{f.ruleId}]{" "}
                  {f.message}
                </List.Item>
              )}
            />
            {view.gaps.length ? (
              <Typography.Paragraph type="secondary">
                {view.gaps.length} 个单元格空白或不是数字，未计入合计：
                {view.gaps
                  .slice(0, 10)
                  .map((g) => `${g.office} ${g.label}`)
                  .join("；")}
              </Typography.Paragraph>
            ) : null}
          </Card>
        </>
      ) : null}

      <Modal
        open={editing !== null}
        title={editing ? `调整汇总数：${cellLabel(editing)}` : ""}
        okText="保存调整"
        cancelText="取消"
        confirmLoading={pending}
        onOk={saveOverride}
        onCancel={() => setEditing(null)}
      >
        {editing ? (
          <Space orientation="vertical" style={{ width: "100%" }}>
            <span>
              各机关合计：
              {show(
                (document?.rollup?.contributions[editing.id] ?? []).some((v) => v !== null)
                  ? (document?.rollup?.contributions[editing.id] ?? []).reduce<number>(
                      (a, v) => a + (v ?? 0),
                      0,
                    )
                  : null,
              )}
            </span>
            <InputNumber
              aria-label="调整后的数"
              value={value}
              onChange={(v) => setValue(v)}
              style={{ width: 200 }}
            />
            <Input.TextArea
              aria-label="调整理由"
              placeholder="调整理由（必填，记入历史）"
              value={reason}
              maxLength={2000}
              onChange={(e) => setReason(e.target.value)}
            />
          </Space>
        ) : null}
      </Modal>
    </Space>
  );
}
