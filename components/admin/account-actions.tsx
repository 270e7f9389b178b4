"use client";

import { App, Button, Input, Modal, Space, Typography } from "antd";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

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

/**
 * Whether each listed account is 已停用 as the page shows it: the server's list, overridden by the answer of a
 * 停用/启用 at once (the row and its button change with the answer, not after the reload); a new list from the
 * server replaces the overrides.
 */
export const useDisabledStates = (users: readonly TAdminUser[]) => {
  const [seen, setSeen] = useState(users);
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(new Map());
  if (seen !== users) {
    setSeen(users);
    setOverrides(new Map());
  }
  return {
    isDisabled: (user: TAdminUser) => overrides.get(user.id) ?? user.disabled,
    setDisabled: (userId: string, disabled: boolean) =>
      setOverrides((current) => new Map(current).set(userId, disabled)),
  };
};

interface TAccountProps {
  user: TAdminUser;
  /** 已停用 as shown now (useDisabledStates). */
  disabled: boolean;
  onDisabled(disabled: boolean): void;
}

/** 停用 / 启用 (asked first) and 重置密码 (a temporary password the person changes at the next sign-in). */
export function AccountActions({ user, disabled, onDisabled }: Readonly<TAccountProps>) {
  const { modal } = App.useApp();
  const router = useRouter();
  const tell = useAdminOutcome();
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [toggling, setToggling] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const who = `${user.displayName}（${user.username}）`;

  // The button stays busy from the confirmation until the reloaded list is on screen: a second press always
  // asks for the opposite of what the server has now.
  const toggle = () =>
    modal.confirm({
      title: disabled ? `启用${who}？` : `停用${who}？`,
      content: disabled
        ? "启用后可以重新登录。"
        : "停用后不能登录，正在使用的登录立即退出；角色和填报的年报都保留，可随时启用。",
      okText: disabled ? "启用" : "停用",
      okButtonProps: { danger: !disabled },
      cancelText: "取消",
      onOk: async () => {
        setToggling(true);
        try {
          if (!tell(await setAccountDisabledAction({ userId: user.id, disabled: !disabled }))) return;
          onDisabled(!disabled);
          startRefresh(() => router.refresh());
        } finally {
          setToggling(false);
        }
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
      <Button
        size="small"
        danger={!disabled}
        loading={toggling || refreshing}
        disabled={toggling || refreshing}
        onClick={toggle}
      >
        {disabled ? "启用" : "停用"}
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
