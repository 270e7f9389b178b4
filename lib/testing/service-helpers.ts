import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TReportDocument } from "@/lib/report/schema";
import { evaluateReport } from "@/lib/rules/evaluate";
import { findingKey } from "@/lib/rules/warning-key";

/** For service tests: "OK", or an AppError as `CODE：message` (any other error is thrown on). */
export const codeOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return `${error.code}：${error.message}`;
    throw error;
  }
};

/** A written explanation (“已核实。”) for every warning of `document`, as 提交审核 needs them. */
export const explanationsFor = (document: TReportDocument) =>
  Object.fromEntries(
    evaluateReport(document)
      .filter((f) => f.severity === "warning")
      .map((f) => [findingKey(f), "已核实。"]),
  );

/** A user with one role in one office (password hash "-": never signs in), as the services see them. */
export const makeTestUser = async (
  db: TDatabase,
  username: string,
  officeId: string,
  role: TSessionUser["memberships"][number]["role"],
): Promise<TSessionUser> => {
  const user = await db.prisma.user.create({ data: { username, displayName: username, passwordHash: "-" } });
  await db.prisma.membership.create({ data: { userId: user.id, officeId, role } });
  return { id: user.id, username, displayName: username, memberships: [{ officeId, officeName: "", role }] };
};
