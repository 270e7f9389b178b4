import type { TReportTemplate } from "@/lib/template";
import { cellTarget, commentTargetLabel, sectionTarget } from "@/lib/template/comment-target";

import { EVENT_LABELS, type TReportEventAction, type TStoredEvent } from "./events";
import { statusLabel } from "./transitions";
import { describeImportRecord } from "./import-event";
import { describeChangedPlaces } from "./changed-places";

/** The history page's words for an event (./events.ts): its Chinese name and a one-line summary. */

/** Chinese name of a stored event; an unknown action shows its stored name. */
export const eventLabel = (event: TStoredEvent): string =>
  event.action === "unknown"
    ? Object.hasOwn(EVENT_LABELS, event.stored)
      ? EVENT_LABELS[event.stored as TReportEventAction]
      : event.stored
    : EVENT_LABELS[event.action];

const moved = (detail: { from: string; to: string }) =>
  `${statusLabel(detail.from)} → ${statusLabel(detail.to)}`;

/**
 * Where an accepted warning points, from its key (`ruleId|sectionId|cell…`, lib/rules/warning-key): the first
 * cell's place, else the section's heading; "" when the template names neither.
 */
const warningPlace = (template: TReportTemplate, key: string): string => {
  const [, section, cell] = key.split("|");
  const target = cell ? cellTarget(cell) : section ? sectionTarget(section as "details") : "";
  if (!target) return "";
  const label = commentTargetLabel(template, target);
  return label === target ? "" : label;
};

/**
 * What a person reads in the history about one event (never the document snapshot); "" when nothing. With the
 * report's template, places read as the template names them (`表三“（一）予以公开”自然人`, `五、存在的主要问题
 * 及改进情况`), never as stored ids; without it, as stored. `commentTargets` (comment id → target) names the
 * place of a resolved comment.
 */
export const summarizeEvent = (
  event: TStoredEvent,
  template?: TReportTemplate,
  commentTargets?: ReadonlyMap<string, string>,
): string => {
  const parts = ((): string[] => {
    switch (event.action) {
      case "create":
        return [event.detail.note ?? ""];
      case "unknown":
        return [];
      case "resolve-comment": {
        const target = commentTargets?.get(event.detail.commentId);
        return target && template ? [commentTargetLabel(template, target)] : [];
      }
      case "reply-comment": {
        const target = commentTargets?.get(event.detail.commentId);
        return [
          event.detail.body,
          target && template ? `回复${commentTargetLabel(template, target)}的批注` : "",
        ];
      }
      case "save":
        return [
          (event.detail.saves ?? 1) > 1
            ? `第 ${event.detail.from ?? event.detail.version}–${event.detail.version} 版；本次编辑保存 ${event.detail.saves} 次`
            : `第 ${event.detail.version} 版`,
          template && event.detail.changed ? describeChangedPlaces(template, event.detail.changed) : "",
          event.detail.import ? describeImportRecord(event.detail.import) : "",
        ];
      case "submit":
        return [
          moved(event.detail),
          ...(event.detail.explanations.length ? [`警告说明 ${event.detail.explanations.length} 条`] : []),
          ...(event.detail.signOff ? [`签批人：${event.detail.signOff}`] : []),
        ];
      case "return":
        return [moved(event.detail), event.detail.comment];
      case "approve":
        return [
          event.detail.levelName
            ? `第 ${(event.detail.level ?? 0) + 1} 级“${event.detail.levelName}”通过`
            : moved(event.detail),
          ...(event.detail.from !== event.detail.to && event.detail.levelName ? [moved(event.detail)] : []),
          (event.detail.opinion ?? event.detail.comment)
            ? `审核意见：${event.detail.opinion ?? event.detail.comment}`
            : "",
        ];
      case "withdraw":
        return [moved(event.detail)];
      case "delete":
        return [`${event.detail.year}年度草稿已删除`];
      case "restore":
        return [`${event.detail.year}年度草稿已恢复`];
      case "publish":
        return [moved(event.detail), `发布第 ${event.detail.edition} 版`];
      case "correct":
        return [moved(event.detail), event.detail.note];
      case "comment":
        return [
          event.detail.body,
          template ? commentTargetLabel(template, event.detail.target) : event.detail.target,
        ];
      case "accept-warning":
        return [template ? warningPlace(template, event.detail.key) : "", event.detail.reason];
      case "rollup":
        return event.detail.kind === "override"
          ? [
              `调整${event.detail.label}：合计 ${event.detail.sum ?? "（空）"} → ${event.detail.value ?? "（空）"}`,
              `理由：${event.detail.reason}`,
            ]
          : [
              `${event.detail.kind === "create" ? "生成汇总" : "刷新汇总"}（${event.detail.offices.length} 个机关）`,
              ...(event.detail.changes ? [`${event.detail.changes} 处数值变化`] : []),
            ];
    }
  })();
  return parts.filter(Boolean).join("；");
};
