"use client";

import { Modal, Table, Typography } from "antd";

import { diffReports } from "@/lib/report/diff";
import type { TReportDocument } from "@/lib/report/schema";
import type { TReportTemplate } from "@/lib/template";

import type { TConflict } from "./autosave/save-queue";
import { formatDateTime } from "@/lib/format/date-time";

interface TProps {
  template: TReportTemplate;
  conflict: TConflict<TReportDocument> | null;
  onResolve(choice: "mine" | "server"): void;
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Someone else saved first: show both versions side by side and let the person choose. */
export function ConflictDialog({ template, conflict, onResolve }: Readonly<TProps>) {
  if (!conflict) return null;
  const diff = diffReports(template, conflict.server.document, conflict.mine);
  const rows = [
    ...diff.details.map((d) => ({ key: `d-${d.field}`, what: d.field, server: d.before, mine: d.after })),
    ...diff.narrative.map((n) => ({
      key: `n-${n.key}`,
      what: n.label,
      server: clip(n.before) || "（空）",
      mine: clip(n.after) || "（空）",
    })),
    ...diff.cells.map((c) => ({ key: `c-${c.id}`, what: c.label, server: c.before, mine: c.after })),
  ];
  const when = formatDateTime(conflict.server.updatedAt, { seconds: true });
  return (
    <Modal
      open
      width={820}
      closable={false}
      maskClosable={false}
      title="该年报已在其他地方被修改"
      okText="保留我的修改"
      cancelText="使用已保存的版本"
      onOk={() => onResolve("mine")}
      onCancel={() => onResolve("server")}
      cancelButtonProps={{ danger: true }}
    >
      <Typography.Paragraph>
        {conflict.server.savedBy ?? "其他用户"}于 {when} 保存了新版本（第 {conflict.server.version}{" "}
        版），您的修改是基于较早的版本做的。
        请选择保留哪一份：保留您的修改会覆盖对方的版本；使用已保存的版本会放弃您未保存的修改。
      </Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={rows}
        locale={{ emptyText: "两份内容相同" }}
        columns={[
          { title: "内容", dataIndex: "what", width: "40%" },
          { title: "已保存的版本", dataIndex: "server" },
          { title: "我的修改", dataIndex: "mine" },
        ]}
      />
    </Modal>
  );
}
