export const REPORT_STATUS_LABELS: Record<string, string> = {
  DRAFT: "草稿",
  SUBMITTED: "待审核",
  RETURNED: "已退回",
  APPROVED: "已通过",
  PUBLISHED: "已发布",
};
