import "server-only";

import nodemailer from "nodemailer";

import { claimPendingEmails, recordEmailResult } from "@/lib/db/message-emails";

import { mailConfig, type TMailConfig } from "./config";

/**
 * Sends the e-mail copies of messages after their transaction committed. Messages are written with
 * `emailState: "pending"` (lib/db/messages.ts); `kickMailer()` starts a drain in the background and returns at
 * once, so the user's action never waits for, nor fails with, the mail server. A failure is logged and the
 * message retried on the next kick (at most EMAIL_MAX_TRIES times); a periodic kick every minute picks up
 * what a restart or a failure left behind.
 */

const BATCH = 20;
const RETRY_INTERVAL_MS = 60_000;

let draining: Promise<void> | null = null;
let again = false;
let timer: NodeJS.Timeout | null = null;

const linkOf = (config: TMailConfig, messageId: string) =>
  config.baseUrl ? `\n\n打开：${config.baseUrl}/inbox/${messageId}` : "";

/** Sends every due e-mail with `config`; resolves when none is left (each failure is logged and recorded). */
export const drainOutbox = async (config: TMailConfig): Promise<{ sent: number; failed: number }> => {
  const transport = nodemailer.createTransport(config.url);
  let sent = 0;
  let failed = 0;
  try {
    for (;;) {
      const batch = await claimPendingEmails(BATCH);
      if (batch.length === 0) break;
      for (const mail of batch) {
        try {
          await transport.sendMail({
            from: config.from,
            to: mail.to,
            subject: `【年报通】${mail.title}`,
            text: `${mail.body}${linkOf(config, mail.id)}\n\n——年报通（此邮件由系统自动发送，请勿回复）`,
          });
          await recordEmailResult(mail.id, null);
          sent++;
        } catch (error) {
          failed++;
          const reason = error instanceof Error ? error.message : String(error);
          console.error(`发送消息邮件失败（${mail.to}）：${reason}`);
          await recordEmailResult(mail.id, reason);
        }
      }
      if (failed > 0) break; // the server refuses now: try again on the next kick
    }
  } finally {
    transport.close();
  }
  return { sent, failed };
};

/**
 * Starts sending the due e-mails in the background when SMTP_URL is set; never throws, never waits. Call it
 * after a transaction that wrote messages has committed.
 */
export const kickMailer = (env: Record<string, string | undefined> = process.env): void => {
  const config = mailConfig(env);
  if (!config) return;
  if (!timer) {
    timer = setInterval(() => kickMailer(env), RETRY_INTERVAL_MS);
    timer.unref();
  }
  if (draining) {
    again = true;
    return;
  }
  draining = (async () => {
    do {
      again = false;
      await drainOutbox(config).catch((error: unknown) => console.error("发送消息邮件失败：", error));
    } while (again);
  })().finally(() => {
    draining = null;
  });
};

/** Resolves once the background drain (if any) finished — for tests. */
export const mailerIdle = async (): Promise<void> => {
  while (draining) await draining;
};
