/**
 * 待办与消息: the kinds of message a user receives, their Chinese names, and the text of each. One module for
 * the words, used by the database layer (which writes messages in the transaction of their event), the inbox
 * page and the e-mail copy.
 */

export const MESSAGE_KINDS = [
  "remind",
  "deadline",
  "returned",
  "levelApproved",
  "approved",
  "published",
  "comment",
] as const;
export type TMessageKind = (typeof MESSAGE_KINDS)[number];

/** 待办 (something to do) or 消息 (for information), and the tag shown in the inbox. */
export const MESSAGE_KIND_LABELS: Record<TMessageKind, { label: string; todo: boolean }> = {
  remind: { label: "催报", todo: true },
  deadline: { label: "期限临近", todo: true },
  returned: { label: "退回修改", todo: true },
  levelApproved: { label: "审核进度", todo: false },
  approved: { label: "审核通过", todo: false },
  published: { label: "已发布", todo: false },
  comment: { label: "批注", todo: true },
};

export const isMessageKind = (value: string): value is TMessageKind =>
  (MESSAGE_KINDS as readonly string[]).includes(value);

/** What one message says: a one-line title and a body (plain text, also the e-mail's text). */
export interface TMessageText {
  kind: TMessageKind;
  title: string;
  body: string;
}

const subject = (officeName: string, year: number) => `${officeName} ${year} 年度政府信息公开工作年度报告`;

/** A level of the approval chain as messages name it: 第 1 级“科室审核”. `number` counts from 1. */
export interface TLevelFacts {
  number: number;
  name: string;
}
const levelLabel = (level: TLevelFacts) => `第 ${level.number} 级“${level.name}”`;

/**
 * The message a status change sends to the office's 填报人 (null for changes that send none). An approval below
 * the last level of a multi-level chain (`level` and `nextLevel` given) says which level passed and which is
 * due — 「第 1 级“科室审核”已通过，待第 2 级“分管领导”审核」 — never 审核通过 (issue 16): only the last level
 * approves the report.
 */
export const statusChangeMessage = (
  action: string,
  facts: {
    officeName: string;
    year: number;
    actorName: string;
    comment?: string;
    edition?: number;
    level?: TLevelFacts;
    nextLevel?: TLevelFacts;
  },
): TMessageText | null => {
  const what = subject(facts.officeName, facts.year);
  switch (action) {
    case "return":
      return {
        kind: "returned",
        title: `年报被退回修改：${what}`,
        body: `${facts.actorName}退回了年报，请按审核意见修改后重新提交。${facts.comment ? `\n审核意见：${facts.comment}` : ""}`,
      };
    case "approve": {
      if (facts.level && facts.nextLevel) {
        const progress = `${levelLabel(facts.level)}已通过，待${levelLabel(facts.nextLevel)}审核`;
        return {
          kind: "levelApproved",
          title: `年报${progress}：${what}`,
          body: `${facts.actorName}已在${levelLabel(facts.level)}通过年报，现待${levelLabel(facts.nextLevel)}审核；各级均通过后，年报才算审核完成。`,
        };
      }
      return { kind: "approved", title: `年报审核通过：${what}`, body: `${facts.actorName}审核通过了年报。` };
    }
    case "publish":
      return {
        kind: "published",
        title: `年报已发布：${what}`,
        body: `${facts.actorName}发布了年报${facts.edition && facts.edition > 1 ? `（第 ${facts.edition} 版）` : ""}。`,
      };
    default:
      return null;
  }
};

/** A new comment (or a reply in the same report) for everyone else in the conversation. */
export const commentMessage = (facts: {
  officeName: string;
  year: number;
  actorName: string;
  body: string;
}): TMessageText => ({
  kind: "comment",
  title: `新批注：${subject(facts.officeName, facts.year)}`,
  body: `${facts.actorName}：${facts.body}`,
});

/**
 * 催报 from a reviewer, with the statutory deadline (条例第四十九条) and the reviewer's own words if any. `daysLeft`
 * (lib/workflow/deadlines.ts): below 0 the deadline has passed, and the message says 已逾期 N 天 instead of naming
 * the date as if it were still ahead.
 */
export const reminderMessage = (facts: {
  officeName: string;
  year: number;
  actorName: string;
  deadlineLabel: string;
  daysLeft: number;
  note?: string | null;
}): TMessageText => {
  const overdue = facts.daysLeft < 0;
  return {
    kind: "remind",
    title: `催报：${overdue ? "已逾期，" : ""}请尽快填报 ${subject(facts.officeName, facts.year)}`,
    body:
      (overdue
        ? `${facts.actorName}提醒您填报并提交年报：发布期限${facts.deadlineLabel}已过，已逾期 ${-facts.daysLeft} 天。`
        : `${facts.actorName}提醒您填报并提交年报，发布期限为${facts.deadlineLabel}。`) +
      (facts.note ? `\n附言：${facts.note}` : ""),
  };
};

/** Days before the deadline at which a 期限临近 message is due (each sent once per user, office and year). */
export const DEADLINE_NOTICE_DAYS = [7, 1] as const;

/**
 * The notice due at `daysLeft` days before the deadline: the smallest of DEADLINE_NOTICE_DAYS not below it
 * (8+ days: none; 2–7: the 7-day notice; 0–1: the 1-day notice; past the deadline: none).
 */
export const deadlineNoticeDue = (daysLeft: number): (typeof DEADLINE_NOTICE_DAYS)[number] | null => {
  if (daysLeft < 0) return null;
  const due = [...DEADLINE_NOTICE_DAYS].sort((a, b) => a - b).find((days) => daysLeft <= days);
  return due ?? null;
};

export const deadlineMessage = (facts: {
  officeName: string;
  year: number;
  days: number;
  deadlineLabel: string;
}): TMessageText => ({
  kind: "deadline",
  title: `期限临近：${subject(facts.officeName, facts.year)}`,
  body:
    facts.days <= 1
      ? `发布期限${facts.deadlineLabel}仅剩 1 天，年报尚未发布。`
      : `距发布期限${facts.deadlineLabel}不足 ${facts.days} 天，年报尚未发布。`,
});

/**
 * A 催报 to the same office and year is sent at most once in this many hours (D43): a second press, or a
 * colleague's, within the window would only double the office's to-dos.
 */
export const REMINDER_REPEAT_HOURS = 24;
