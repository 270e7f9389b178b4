import { getPrisma } from "./client";

/**
 * E-mail copies of 待办与消息: the user's address, and the outbox's claim and result of each message's e-mail
 * (lib/mail/outbox.ts sends them after the event's transaction has committed).
 */

/** The user's e-mail address for message copies (null: none). */
export const getUserEmail = async (userId: string): Promise<string | null> => {
  const prisma = await getPrisma();
  return (await prisma.user.findUnique({ where: { id: userId }, select: { email: true } }))?.email ?? null;
};

export const setUserEmail = async (userId: string, email: string | null): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.user.update({ where: { id: userId }, data: { email } });
};

/** How many times a failed e-mail is tried before it is left as failed. */
export const EMAIL_MAX_TRIES = 3;

export interface TPendingEmail {
  id: string;
  to: string;
  title: string;
  body: string;
}

/**
 * Claims up to `limit` messages whose e-mail is due (pending, or failed fewer than EMAIL_MAX_TRIES times):
 * each is moved to `sending` in the same statement, so two senders never send one message twice.
 */
export const claimPendingEmails = async (limit: number): Promise<TPendingEmail[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<{ id: string; title: string; body: string; email: string | null }[]>`
    UPDATE "Message" m SET "emailState" = 'sending', "emailTries" = m."emailTries" + 1
    FROM "User" u
    WHERE u.id = m."userId" AND m.id IN (
      SELECT id FROM "Message"
      WHERE "emailState" = 'pending' OR ("emailState" = 'failed' AND "emailTries" < ${EMAIL_MAX_TRIES})
      ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING m.id, m.title, m.body, u.email`;
  const claimed = rows.filter((row) => row.email);
  const noAddress = rows.filter((row) => !row.email).map((row) => row.id);
  if (noAddress.length)
    await prisma.message.updateMany({ where: { id: { in: noAddress } }, data: { emailState: null } });
  return claimed.map((row) => ({ id: row.id, to: row.email!, title: row.title, body: row.body }));
};

/** Records the outcome of one e-mail (`error` null: sent). */
export const recordEmailResult = async (id: string, error: string | null): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.message.update({
    where: { id },
    data: error
      ? { emailState: "failed", emailError: error.slice(0, 500) }
      : { emailState: "sent", emailError: null },
  });
};
