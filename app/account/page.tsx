import { PasswordForm } from "@/components/account/password-form";
import { requireUser } from "@/lib/auth/session";

export const metadata = { title: "修改密码" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requireUser("/account");
  return <PasswordForm displayName={user.displayName} username={user.username} />;
}
