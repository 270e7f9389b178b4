/**
 * E-mail copies of 待办与消息, off unless SMTP_URL is set. Variables (README “配置”):
 * - `SMTP_URL`: the SMTP server as nodemailer takes it, e.g. `smtp://user:pass@mail.example.gov.cn:587`
 *   (`smtps://…:465` for implicit TLS);
 * - `MAIL_FROM`: the sender, e.g. `年报通 <nianbao@example.gov.cn>` (default `年报通 <noreply@localhost>`);
 * - `APP_BASE_URL`: the address users open the app at, for the link in each e-mail (no link when unset).
 */
export interface TMailConfig {
  url: string;
  from: string;
  baseUrl: string | null;
}

export const mailConfig = (env: Record<string, string | undefined> = process.env): TMailConfig | null => {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  return {
    url,
    from: env.MAIL_FROM?.trim() || "年报通 <noreply@localhost>",
    baseUrl: env.APP_BASE_URL?.trim().replace(/\/+$/, "") || null,
  };
};
