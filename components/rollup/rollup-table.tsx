"use client";

import { Button, Popover, Space, Table, Tag, Typography } from "antd";

import type { TReportValues } from "@/lib/report/values";
import type { TRollupView } from "@/lib/rollup/types";
import type { TCellDef, TReportTemplate, TTableId } from "@/lib/template";
import { cellLabel } from "@/lib/template/labels";

/** A summed value as shown: “（空）” for none. */
export const show = (value: number | null | undefined) =>
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
 * One table (表二/三/四) of the roll-up: each cell's sum (pointed at: each office's value), the 已调整 mark of
 * an overridden cell, and 调整 for input cells when the roll-up may be edited (`onEdit`).
 */
export function RollupTable({
  view,
  template,
  values,
  tableId,
  onEdit,
}: Readonly<{
  view: TRollupView;
  template: TReportTemplate;
  values: TReportValues | null;
  tableId: TTableId;
  onEdit: (cell: TCellDef) => void;
}>) {
  const document = view.document;
  const cells = template.cells.filter((cell) => cell.table === tableId);
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
              <Button size="small" onClick={() => onEdit(cell)}>
                调整
              </Button>
            ),
        },
      ]}
    />
  );
}
