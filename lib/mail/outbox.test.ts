import { createServer, type AddressInfo } from "node:net";

import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { sendRemindersFor } from "@/lib/services/send-reminders";

import { drainOutbox, kickMailer, mailerIdle } from "./outbox";

// E-mail copies of messages against a local SMTP server started here (never a real one): sent after the
// action committed, never blocking or failing it; a refusing server leaves the message to retry.

interface TReceived {
  from: string;
  to: string[];
  raw: string;
}

const startSmtp = async () => {
  const received: TReceived[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
};

/** A port nothing listens on (bound, then released). */
const deadPort = async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
};

/** The decoded text of a quoted-printable or base64 message body (nodemailer picks one). */
const decodedText = (raw: string): string => {
  const [headers = "", ...rest] = raw.split("\r\n\r\n");
  const body = rest.join("\r\n\r\n");
  if (/Content-Transfer-Encoding: base64/i.test(headers))
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return Buffer.from(
    body
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");
};

describe.each(testDatabaseTargets())("message e-mails on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let reviewer: TSessionUser;
  let officeId = "";
  let fillerId = "";
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    smtp = await startSmtp();
    const region = await db.prisma.office.create({ data: { name: "区政府办" } });
    officeId = (await db.prisma.office.create({ data: { name: "区教育局", parentId: region.id } })).id;
    const reviewerRow = await db.prisma.user.create({
      data: { username: "shenhe", displayName: "审核人", passwordHash: "-" },
    });
    await db.prisma.membership.create({
      data: { userId: reviewerRow.id, officeId: region.id, role: "REVIEWER" },
    });
    reviewer = {
      id: reviewerRow.id,
      username: "shenhe",
      displayName: "审核人",
      memberships: [{ officeId: region.id, officeName: "区政府办", role: "REVIEWER" }],
    };
    const filler = await db.prisma.user.create({
      data: {
        username: "jiaoyu",
        displayName: "教育局填报人",
        passwordHash: "-",
        email: "jiaoyu@example.test",
      },
    });
    fillerId = filler.id;
    await db.prisma.membership.create({ data: { userId: filler.id, officeId, role: "FILLER" } });
  });

  afterAll(async () => {
    process.env = savedEnv;
    await mailerIdle();
    await smtp?.close();
    await close?.();
  });

  it("a refusing mail server neither blocks nor fails the 催报; the e-mail is left to retry and then sent", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await deadPort()}`;
    process.env.MAIL_FROM = "年报通 <nianbao@example.test>";
    process.env.APP_BASE_URL = "https://nianbao.example.test/";
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await sendRemindersFor(reviewer, {
      year: 2025,
      officeIds: [officeId],
      note: "请尽快提交。",
    });
    expect(result.recipients).toBe(1);
    await mailerIdle();
    const failed = await db.prisma.message.findFirstOrThrow({ where: { userId: fillerId } });
    expect(failed.emailState).toBe("failed");
    expect(failed.emailError).toMatch(/ECONNREFUSED|connect/i);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("发送消息邮件失败（jiaoyu@example.test）"));
    logged.mockRestore();
    expect(smtp.received).toHaveLength(0);

    // The server is back: the next kick sends it, once.
    process.env.SMTP_URL = smtp.url;
    kickMailer();
    kickMailer();
    await mailerIdle();
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.to).toEqual(["jiaoyu@example.test"]);
    expect(mail?.from).toBe("nianbao@example.test");
    const text = decodedText(mail!.raw);
    expect(text).toContain("审核人提醒您填报并提交年报");
    expect(text).toContain("附言：请尽快提交。");
    expect(text).toContain(`打开：https://nianbao.example.test/inbox/${failed.id}`);
    const sent = await db.prisma.message.findUniqueOrThrow({ where: { id: failed.id } });
    expect(sent).toMatchObject({ emailState: "sent", emailError: null, emailTries: 2 });
    // Nothing left: another drain sends nothing more.
    expect(await drainOutbox({ url: smtp.url, from: "x@example.test", baseUrl: null })).toEqual({
      sent: 0,
      failed: 0,
    });
  });

  it("without SMTP_URL nothing is sent, and the message stays in the inbox", async () => {
    delete process.env.SMTP_URL;
    const before = smtp.received.length;
    // The first test's 催报 is a day old, so this one is not a repeat within the window (D43).
    await db.prisma.reminder.updateMany({ data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    await sendRemindersFor(reviewer, { year: 2025, officeIds: [officeId] });
    kickMailer();
    await mailerIdle();
    expect(smtp.received).toHaveLength(before);
    expect(await db.prisma.message.count({ where: { userId: fillerId, emailState: "pending" } })).toBe(1);
  });
});
