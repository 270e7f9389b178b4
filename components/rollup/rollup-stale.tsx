"use client";

import { Alert, Button } from "antd";

import type { TRollupView } from "@/lib/rollup/types";

import { show } from "./rollup-table";

/**
 * Whether the roll-up agrees with the offices' current reports: when stale, what changed since (offices
 * added or removed, cells before → after) and 刷新 (`onRefresh`, when the roll-up may be edited).
 */
export function RollupStale({
  view,
  pending,
  onRefresh,
}: Readonly<{ view: TRollupView; pending: boolean; onRefresh: () => void }>) {
  const document = view.document;
  return (
    <>
      {view.stale ? (
        <Alert
          type="warning"
          showIcon
          data-testid="rollup-stale"
          title="汇总已过期：下级年报在汇总后有变化"
          description={
            <div>
              {view.stale.error ? <p>{view.stale.error}</p> : null}
              {view.stale.newOffices?.length ? (
                <p>新增下级机关：{view.stale.newOffices.join("、")}（汇总后新设，刷新时纳入）</p>
              ) : null}
              {view.stale.added.length ? <p>刷新后将新纳入：{view.stale.added.join("、")}</p> : null}
              {view.stale.removed.length ? (
                <p>刷新后将不再纳入（现无已通过或已发布的年报）：{view.stale.removed.join("、")}</p>
              ) : null}
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
              <Button type="primary" loading={pending} disabled={pending} onClick={onRefresh}>
                刷新
              </Button>
            ) : null
          }
        />
      ) : document ? (
        <Alert type="success" showIcon title="汇总与各机关当前的年报一致" />
      ) : null}
    </>
  );
}
