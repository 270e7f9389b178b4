import { statusLabel } from "./transition-table";

/**
 * Who is looking at a report they cannot change: a 填报人 of its office (the status is why), a 审核人 of an
 * office above it, or anyone else allowed to see it (an administrator, a filler of a parent office).
 */
export type TViewer = "filler" | "reviewer" | "other";

/**
 * The words of the editor's read-only banner: why this person cannot change the report now and what they
 * can do instead, in their own terms. Statuses and who may edit them: lib/workflow/transitions.ts,
 * lib/auth/permissions.ts (only the office's fillers edit, only in 草稿 or 已退回).
 */
export const readOnlyNotice = ({
  status,
  viewer,
  officeName,
}: {
  status: string;
  viewer: TViewer;
  officeName: string;
}): string => {
  if (viewer === "filler") {
    switch (status) {
      case "SUBMITTED":
        return "年报已提交审核，审核期间不能修改。审核人退回后可以继续修改。";
      case "APPROVED":
        return "年报已审核通过，正在等待发布，不能再修改。如需修改，请联系审核人退回。";
      case "PUBLISHED":
        return "年报已发布，公开的内容以发布的版本为准。发现错误时可以“更正”，更正后重新提交审核。";
      default:
        return `年报当前为“${statusLabel(status)}”，不能修改。`;
    }
  }
  if (viewer === "reviewer") {
    const what =
      status === "SUBMITTED"
        ? "请在右侧审核：批注、退回或审核通过。"
        : status === "APPROVED"
          ? "年报已审核通过，可以在右侧发布或退回。"
          : status === "PUBLISHED"
            ? "年报已发布。"
            : `年报当前为“${statusLabel(status)}”，由填报人编写中。`;
    return `您以审核人身份查看，内容由${officeName}的填报人填写，审核人不能修改。${what}`;
  }
  return `您可以查看这份年报；只有${officeName}的填报人可以修改，且只能在“草稿”或“已退回”时修改。`;
};
