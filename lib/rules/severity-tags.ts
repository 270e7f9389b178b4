import type { TSeverity } from "./types";

/** How a finding's severity is shown on a page: its Chinese name and the antd Tag colour. */
export const SEVERITY_TAGS: Record<TSeverity, { label: string; color: string }> = {
  error: { label: "错误", color: "red" },
  warning: { label: "警告", color: "orange" },
  info: { label: "提示", color: "blue" },
};
