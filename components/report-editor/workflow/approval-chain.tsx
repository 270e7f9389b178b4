"use client";

import { Text } from "@/components/ui/typography";
import type { TLevelDecision } from "@/lib/workflow/approval-chain";
import { formatDateTime } from "@/lib/format/date-time";

import styles from "./approval-chain.module.css";

/** antd's CheckOutlined (MIT), drawn inline: the check of an approved level. */
const CHECK_PATH =
  "M912 190h-69.9c-9.8 0-19.1 4.5-25.1 12.2L404.7 724.5 207 474a32 32 0 00-25.1-12.2H112c-6.7 0-10.4 7.7-6.3 12.9l273.9 347c12.8 16.2 37.4 16.2 50.3 0l488.4-618.9c4.1-5.1.4-12.8-6.3-12.8z";

/**
 * The report's approval chain: each level, who approves there, and its decision with the 审核意见 — an ordered
 * list (the level awaiting its decision is `aria-current="step"`), drawn like a vertical Steps
 * (approval-chain.module.css) without antd's Steps in the editor's first load (issue 17).
 */
export function ApprovalChain({ levels }: Readonly<{ levels: readonly TLevelDecision[] }>) {
  return (
    <div data-testid="approval-chain">
      <Text strong>审核流程</Text>
      <ol className={styles.chain}>
        {levels.map((level, i) => (
          <li
            key={level.name}
            className={`${styles.level} ${styles[level.state]}`}
            aria-current={level.state === "current" ? "step" : undefined}
          >
            <span className={styles.icon} aria-hidden="true">
              {level.state === "approved" ? (
                <svg viewBox="64 64 896 896" className={styles.check} focusable="false">
                  <path d={CHECK_PATH} />
                </svg>
              ) : (
                i + 1
              )}
            </span>
            <div className={styles.body}>
              <div className={styles.title}>{`第 ${i + 1} 级：${level.name}`}</div>
              <div className={styles.content}>
                <span data-testid="approval-level" data-state={level.state}>
                  {level.officeName}
                  {level.state === "approved" && (
                    <>
                      <br />
                      {level.actor} {level.at ? formatDateTime(level.at) : ""} 通过
                      {level.opinion ? `，审核意见：${level.opinion}` : ""}
                    </>
                  )}
                  {level.state === "current" && "（待审核）"}
                </span>
              </div>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
