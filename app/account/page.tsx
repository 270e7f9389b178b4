import { PasswordForm } from "@/components/account/password-form";
import { requireUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/safe-next-path";

export const metadata = { title: "修改密码" };
export const dynamic = "force-dynamic";

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const user = await requireUser("/account");
  const { next } = await searchParams;
  return (
    <PasswordForm
      displayName={user.displayName}
      username={user.username}
      mustChange={user.mustChangePassword}
      next={safeNextPath(next, "/")}
    />
  );
}
