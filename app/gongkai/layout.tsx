import type { ReactNode } from "react";

import "@/components/public-portal/print.css";

/** 年报专栏: public pages, no sign-in (none of them calls requireUser); printed without the app's frame. */
export default function PortalLayout({ children }: Readonly<{ children: ReactNode }>) {
  return children;
}
