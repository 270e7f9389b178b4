"use client";

import { Button, Form, Input, Modal, Select } from "antd";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import type { TAdminUser } from "@/lib/admin/types";
import { moveOfficeProblem } from "@/lib/offices/move-office";
import type { TOfficeNode } from "@/lib/offices/types";

import { useAdminOutcome } from "./account-actions";
import { editOfficeAction, renameUserAction } from "./actions";

/**
 * One admin edit in a dialog: the button that opens it, OK busy until the answer and the reloaded list, the
 * dialog closed only when the server agreed (a refusal, e.g. a cycle of offices, is told and the dialog stays).
 */
const useEditDialog = () => {
  const router = useRouter();
  const tell = useAdminOutcome();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const save = async (send: () => Promise<Parameters<typeof tell>[0]>) => {
    setBusy(true);
    try {
      if (!tell(await send())) return;
      setOpen(false);
      startRefresh(() => router.refresh());
    } finally {
      setBusy(false);
    }
  };
  return { open, setOpen, busy: busy || refreshing, save };
};

/**
 * 编辑 of an office (D60): its full name and its parent. Every other office is offered as parent; a move under the
 * office itself or below it is named at once (lib/offices/move-office, the rule the server applies too) and 保存
 * waits until another parent is chosen.
 */
export function EditOfficeButton({
  office,
  offices,
}: Readonly<{ office: TOfficeNode; offices: TOfficeNode[] }>) {
  const dialog = useEditDialog();
  const [name, setName] = useState(office.name);
  const [parentId, setParentId] = useState(office.parentId);
  // The server's own rule, shown at once: a move under the office itself or below it (D60).
  const problem =
    parentId && parentId !== office.parentId ? moveOfficeProblem(offices, office.id, parentId) : null;
  const openDialog = () => {
    setName(office.name);
    setParentId(office.parentId);
    dialog.setOpen(true);
  };
  return (
    <>
      {/* No space inserted into 编辑: the visible text stays part of the accessible name (axe). */}
      <Button
        size="small"
        autoInsertSpace={false}
        onClick={openDialog}
        aria-label={`编辑机关：${office.name}`}
      >
        编辑
      </Button>
      <Modal
        open={dialog.open}
        destroyOnHidden
        title={`编辑机关：${office.name}`}
        okText="保存"
        cancelText="取消"
        confirmLoading={dialog.busy}
        okButtonProps={{ disabled: !name.trim() || problem !== null }}
        onCancel={() => dialog.setOpen(false)}
        onOk={() => void dialog.save(() => editOfficeAction({ officeId: office.id, name, parentId }))}
      >
        <Form layout="vertical" component="div">
          <Form.Item label="机关全称" htmlFor="edit-office-name">
            <Input id="edit-office-name" value={name} onChange={(e) => setName(e.target.value)} />
          </Form.Item>
          <Form.Item
            label="所属上级机关"
            htmlFor="edit-office-parent"
            validateStatus={problem ? "error" : undefined}
            help={problem ?? undefined}
          >
            <Select
              id="edit-office-parent"
              value={parentId ?? undefined}
              placeholder="无（本级人民政府办公室）"
              onChange={setParentId}
              options={offices.filter((o) => o.id !== office.id).map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 修改姓名 of an account (D60); the 用户名 stays. */
export function RenameUserButton({ user }: Readonly<{ user: TAdminUser }>) {
  const dialog = useEditDialog();
  const [displayName, setDisplayName] = useState(user.displayName);
  return (
    <>
      <Button
        size="small"
        onClick={() => {
          setDisplayName(user.displayName);
          dialog.setOpen(true);
        }}
      >
        修改姓名
      </Button>
      <Modal
        open={dialog.open}
        destroyOnHidden
        title={`修改姓名：${user.displayName}（${user.username}）`}
        okText="保存"
        cancelText="取消"
        confirmLoading={dialog.busy}
        okButtonProps={{ disabled: !displayName.trim() }}
        onCancel={() => dialog.setOpen(false)}
        onOk={() => void dialog.save(() => renameUserAction({ userId: user.id, displayName }))}
      >
        <Input aria-label="新姓名" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </Modal>
    </>
  );
}
