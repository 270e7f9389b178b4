import { z } from "zod";

/**
 * The request protocol of `POST /api/reports/[reportId]/workflow`, shared by the route handler (through
 * `runWorkflowAction`) and the editor's workflow client. Texts are trimmed; a missing or blank required
 * text is refused with the Chinese message given here. The answer is `TWorkflowResponse`, or an error body
 * (`TErrorBody` from `lib/errors`; a refused submission lists its `details.problems`).
 */
export const ZWorkflowRequest = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("submit"),
    explanations: z.record(z.string(), z.string().max(2000)).default({}),
    /** 签批人, when a 本地要求 asks for a sign-off before submission. */
    signOff: z.string().trim().max(50, { error: "签批人不能超过 50 个字" }).default(""),
  }),
  z.object({
    action: z.literal("return"),
    comment: z.string().trim().min(1, { error: "请写明退回意见" }).max(5000),
  }),
  z.object({
    action: z.literal("approve"),
    /** 审核意见 (`opinion`; `comment` is the same, as the single-level dialog first sent it); required by the
     * service at a level of a configured chain, else optional for API callers. */
    opinion: z.string().trim().max(5000).default(""),
    comment: z.string().trim().max(5000).default(""),
  }),
  z.object({ action: z.literal("withdraw") }),
  z.object({ action: z.literal("delete") }),
  z.object({ action: z.literal("publish") }),
  z.object({
    action: z.literal("correct"),
    note: z.string().trim().min(1, { error: "请写明更正说明" }).max(5000),
  }),
  z.object({
    action: z.literal("comment"),
    target: z.string().max(200),
    body: z.string().trim().min(1, { error: "批注不能为空" }).max(5000),
  }),
  z.object({ action: z.literal("resolve-comment"), commentId: z.uuid() }),
  z.object({
    action: z.literal("reply-comment"),
    commentId: z.uuid(),
    body: z.string().trim().min(1, { error: "回复不能为空" }).max(5000),
  }),
  z.object({
    action: z.literal("accept-warning"),
    key: z.string().max(500),
    reason: z.string().trim().min(1, { error: "请写明接受理由" }).max(2000),
  }),
]);
export type TWorkflowRequest = z.infer<typeof ZWorkflowRequest>;

/** What a client may send (`explanations` of a submission may be left out). */
export type TWorkflowRequestInput = z.input<typeof ZWorkflowRequest>;

/** 200: the report's status after the action (unchanged by comments and acceptances). */
export interface TWorkflowResponse {
  status: string;
}
