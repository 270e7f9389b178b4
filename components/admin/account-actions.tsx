"use client";

import { App, Button, Input, Modal, Space, Typography } from "antd";
import { useState } from "react";

import { PASSWORD_RULES_HINT } from "@/lib/auth/password-rules";
import type { TAdminUser } from "@/lib/admin/types";

import { resetPasswordAction, setAccountDisabledAction } from "./actions";

type TResult = { ok: true; data: { message: string } } | { ok: false; error: { message: string } };

/** Tells the outcome of an admin action: the confirmation, or the refusal in Chinese. Returns whether it worked. */
export const useAdminOutcome = () => {
  const { message } = App.useApp();
  return (result: TResult) => {
    if (result.ok) message.success(result.data.message);
    else message.error(result.error.message);
    return result.ok;
  };
};

/** 停用 / 启用 (asked first) and 重置密码 (a temporary password the person changes at the next sign-in). */
export function AccountActions({ user }: Readonly<{ user: TAdminUser }>) {
  const { modal } = App.useApp();
  const tell = useAdminOutcome();
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const who = `${user.displayName}（${user.username}）`;

  const toggle = () =>
    modal.confirm({
      title: user.disabled ? `启用${who}？` : `停用${who}？`,
      content: user.disabled
        ? "启用后可以重新登录。"
        : "停用后不能登录，正在使用的登录立即退出；角色和填报的年报都保留，可随时启用。",
      okText: user.disabled ? "启用" : "停用",
      okButtonProps: { danger: !user.disabled },
      cancelText: "取消",
      onOk: async () => {
        tell(await setAccountDisabledAction({ userId: user.id, disabled: !user.disabled }));
      },
    });

  const reset = async () => {
    setBusy(true);
    const ok = tell(await resetPasswordAction({ userId: user.id, password }));
    setBusy(false);
    if (!ok) return;
    setResetting(false);
    setPassword("");
  };

  return (
    <Space size="small">
      <Button size="small" danger={!user.disabled} onClick={toggle}>
        {user.disabled ? "启用" : "停用"}
      </Button>
      <Button size="small" onClick={() => setResetting(true)}>
        重置密码
      </Button>
      <Modal
        open={resetting}
        title={`重置密码：${who}`}
        okText="设置临时密码"
        cancelText="取消"
        confirmLoading={busy}
        okButtonProps={{ disabled: !password }}
        onOk={() => void reset()}
        onCancel={() => setResetting(false)}
      >
        <Typography.Paragraph>
          设置一个临时密码告诉对方；对方的登录立即退出，下次登录后须先修改密码。
        </Typography.Paragraph>
        <Input.Password
          aria-label="临时密码"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Typography.Text type="secondary">{PASSWORD_RULES_HINT}</Typography.Text>
      </Modal>
    </Space>
  );
}
