"use client";

import type { ComponentType } from "react";

import { onDemand } from "./on-demand";

/** A part that uses Ant Design: loaded with its theme, locale and App context around it (with-antd.tsx, D71). */
const withAntdFrom =
  <P extends object>(load: () => Promise<ComponentType<P>>) =>
  () =>
    Promise.all([load(), import("./with-antd")]).then(([component, { withAntd }]) => withAntd(component));

/**
 * The editor's parts that its first view (报告信息, the header, the steps and the side panels) does not show:
 * each in its own chunk, out of the page's first load, fetched when the browser is idle after the page is up
 * (`preloadEditorParts`) or when first shown, whichever comes first (docs/decisions.md D64).
 */

/** The statistics tables (表二、三、四) with their keyboard, paste and 全部填 0 handling. */
export const StatsTableOnDemand = onDemand(
  withAntdFrom(() => import("./stats-table").then((m) => m.StatsTable)),
);
/** A section's text with the linked-value tools (picker, 插入数据段落, preview, offers). */
export const NarrativeEditorOnDemand = onDemand(
  withAntdFrom(() => import("./narrative-editor").then((m) => m.NarrativeEditor)),
);
/** Both versions side by side when someone else saved first. */
export const ConflictDialogOnDemand = onDemand(
  withAntdFrom(() => import("./conflict-dialog").then((m) => m.ConflictDialog)),
);
/** 导入到本草稿: the file, the diff and the apply. */
export const ImportIntoDraftOnDemand = onDemand(
  withAntdFrom(() => import("./import-into-draft-dialog").then((m) => m.ImportIntoDraftDialog)),
);
/** 提交审核 with its warning explanations and sign-off. */
export const SubmitDialogOnDemand = onDemand(
  withAntdFrom(() => import("./workflow/submit-dialog").then((m) => m.SubmitDialog)),
);
/** The one-text dialogs of the workflow (批注, 回复, 退回, 审核意见, 接受说明 …). */
export const TextActionDialogOnDemand = onDemand(
  withAntdFrom(() => import("./workflow/text-action-dialog").then((m) => m.TextActionDialog)),
);

const PARTS = [
  StatsTableOnDemand,
  NarrativeEditorOnDemand,
  SubmitDialogOnDemand,
  TextActionDialogOnDemand,
  ImportIntoDraftOnDemand,
  ConflictDialogOnDemand,
];

/** Fetches every on-demand part (call when idle): a step or a dialog then opens without waiting for its code. */
export const preloadEditorParts = (): void => {
  for (const part of PARTS) part.preload().catch(() => undefined); // tried again when the part is shown
};
