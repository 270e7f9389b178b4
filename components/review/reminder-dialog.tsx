"use client";

import { Alert, App, Input, Modal, Space, Typography } from "antd";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { ScrollBox } from "@/components/scroll-box";
import { REMINDER_REPEAT_HOURS } from "@/lib/inbox/kinds";

import { sendRemindersAction } from "./actions";

/**
 * 催报 dialog for the offices ticked on the 审核台: an optional 附言, then the result — how many were reminded,
 * and, named, the offices skipped (already submitted, or reminded within REMINDER_REPEAT_HOURS, with when and
 * by whom) and those without a 填报人 account.
 */
export function ReminderDialog({
  year,
  offices,
  open,
  onClose,
  onSent,
}: Readonly<{
  year: number;
  offices: { officeId: string; officeName: string }[];
  open: boolean;
  onClose: () => void;
  onSent: () => void;
}>) {
  const router = useRouter();
  const { message, modal } = App.useApp();
  const [note, setNote] = useState("");
  const [pending, startTransition] = useTransition();
  const selected = offices.map((o) => o.officeId);

  const sendReminders = () =>
    startTransition(async () => {
      const result = await sendRemindersAction({ year, officeIds: selected, note });
      if (!result.ok) {
        message.error(result.error.message);
        return;
      }
      const { reminded, recipients, skipped, withoutFiller, recentlyReminded } = result.data;
      setNote("");
      onSent();
      const lines = [
        reminded ? `已向 ${reminded} 个机关催报，${recipients} 位填报人收到待办。` : "没有发送催报。",
        ...(skipped.length
          ? [
              `已跳过 ${skipped.length} 个已提交的机关：${skipped.map((s) => `${s.name}（${s.status}）`).join("、")}。`,
            ]
          : []),
        ...(recentlyReminded.length
          ? [
              `已跳过 ${recentlyReminded.length} 个 ${REMINDER_REPEAT_HOURS} 小时内已催报过的机关：${recentlyReminded.map((r) => `${r.name}（${r.atText}，${r.by}）`).join("、")}。`,
            ]
          : []),
        ...(withoutFiller.length
          ? [
              `以下 ${withoutFiller.length} 个机关没有填报人账号，未催报（在“管理”中添加填报人后可再催报）：${withoutFiller.join("、")}。`,
            ]
          : []),
      ];
      if (skipped.length || withoutFiller.length || recentlyReminded.length)
        modal.info({
          title: "催报结果",
          content: (
            <ScrollBox label="催报结果明细" maxHeight={400}>
              <div style={{ whiteSpace: "pre-wrap" }}>{lines.join("\n")}</div>
            </ScrollBox>
          ),
        });
      else message.success(lines[0]);
      router.refresh();
    });

  return (
    <Modal
      title={`催报（${selected.length} 个机关）`}
      open={open}
      okText="发送催报"
      cancelText="取消"
      confirmLoading={pending}
      onOk={sendReminders}
      onCancel={onClose}
    >
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Alert
          type="info"
          showIcon
          title="所选机关的填报人将在“待办与消息”中收到催报（配置了邮件时同时发送邮件）；已提交、已通过或已发布的机关会被跳过。"
        />
        <ScrollBox label="所选机关" maxHeight={160}>
          <Typography.Text>{offices.map((row) => row.officeName).join("、")}</Typography.Text>
        </ScrollBox>
        <Input.TextArea
          aria-label="附言"
          placeholder="附言（可选，不超过 200 字），例如：请于本周五前提交。"
          maxLength={200}
          showCount
          value={note}
          onChange={(event) => setNote(event.target.value)}
          style={{ marginBottom: 20 }}
        />
      </Space>
    </Modal>
  );
}
