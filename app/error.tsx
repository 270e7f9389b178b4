"use client";

import { ErrorView, errorDigest } from "@/components/error-view";

/**
 * A page that failed to render (e.g. the database went away): Chinese, inside the app's frame, with 重试
 * (Next.js re-fetches and re-renders the page).
 */
export default function ErrorPage({
  error,
  retry,
  reset,
}: Readonly<{ error: unknown; retry?: () => void; reset?: () => void }>) {
  return <ErrorView onRetry={retry ?? reset} digest={errorDigest(error)} />;
}
