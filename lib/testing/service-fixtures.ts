import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TReportDocument } from "@/lib/report/schema";
import { evaluateReport } from "@/lib/rules/evaluate";
import { findingKey } from "@/lib/rules/warning-key";

/** Shared set-up of the service tests (lib/services/*.test.ts): users with one membership, and error codes. */

export type TTestRole = TSessionUser["memberships"][number]["role"];

/** The session of a user who is `role` of one office (the office's name is not read by the services). */
export const testSession = (
  id: string,
  username: string,
  officeId: string,
  role: TTestRole,
): TSessionUser => ({
  id,
  username,
  displayName: username,
  memberships: [{ officeId, officeName: "", role }],
});

/**
 * Creates a user (display name = `username`, password hash "-": cannot sign in) who is `role` of `officeId`,
 * with an e-mail address when given; returns the user's session.
 */
export const createTestUser = async (
  db: TDatabase,
  username: string,
  officeId: string,
  role: TTestRole,
  email?: string,
): Promise<TSessionUser> => {
  const user = await db.prisma.user.create({
    data: { username, displayName: username, passwordHash: "-", email: email ?? null },
  });
  await db.prisma.membership.create({ data: { userId: user.id, officeId, role } });
  return testSession(user.id, username, officeId, role);
};

/**
 * The set-up most service tests share: 区政府办 (an office without a parent) with 区教育局 below it, the 填报人
 * “tianbao” of 区教育局 and the 审核人 “shenhe” of 区政府办. Returns both offices' ids and both sessions.
 */
export const createRegionWithOffice = async (db: TDatabase) => {
  const region = await db.prisma.office.create({ data: { name: "区政府办" } });
  const office = await db.prisma.office.create({ data: { name: "区教育局", parentId: region.id } });
  const filler = await createTestUser(db, "tianbao", office.id, "FILLER");
  const reviewer = await createTestUser(db, "shenhe", region.id, "REVIEWER");
  return { regionId: region.id, officeId: office.id, filler, reviewer };
};

/** The `AppError` code a call fails with, or "OK" when it succeeds; any other error is thrown again. */
export const appErrorCode = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
};

/** "OK", or the `AppError` a call fails with as `CODE：message` (any other error is thrown again). */
export const appErrorWithMessage = async (promise: Promise<unknown>): Promise<string> => {
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
