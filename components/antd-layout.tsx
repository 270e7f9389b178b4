import type { ReactNode } from "react";

import { AppProviders } from "./app-providers";

/**
 * The layout of every part of the app whose pages use Ant Design: its theme, Chinese locale and App context
 * (components/app-providers.tsx). The root layout no longer carries them, so the report editor, built of light
 * components (components/ui) and loading Ant Design only for what it opens later, keeps it out of its first load
 * (issue 17, D71).
 */
export default function AntdLayout({ children }: Readonly<{ children: ReactNode }>) {
  return <AppProviders>{children}</AppProviders>;
}
