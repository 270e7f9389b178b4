import { z } from "zod";

/** The login form, shared by the browser form and the server action. */
export const ZLoginForm = z.object({
  username: z.string().trim().min(1, { error: "请输入用户名" }).max(100),
  password: z.string().min(1, { error: "请输入密码" }).max(200),
});
export type TLoginForm = z.infer<typeof ZLoginForm>;
