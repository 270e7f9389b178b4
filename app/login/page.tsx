import { LoginForm } from "@/components/login/login-form";
import { safeNextPath } from "@/lib/auth/safe-next-path";

export const metadata = { title: "登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  // Without \`next\` the person lands where their role works (navigation.ts \`landingPathFor\`).
  return <LoginForm next={next ? safeNextPath(next, "/reports") : undefined} />;
}
