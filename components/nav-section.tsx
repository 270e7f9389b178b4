"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

type TNavSectionState = { section: string | null; setSection(href: string | null): void };

const NavSectionContext = createContext<TNavSectionState>({ section: null, setSection: () => {} });

/** Holds the header entry a page asked to highlight (`NavSection`), for AppShell. */
export function NavSectionProvider({ children }: Readonly<{ children: ReactNode }>) {
  const [section, setSection] = useState<string | null>(null);
  return <NavSectionContext.Provider value={{ section, setSection }}>{children}</NavSectionContext.Provider>;
}

/** The header entry the current page asked for, or null (then the address decides: currentNavigation). */
export const useNavSection = () => useContext(NavSectionContext).section;

/**
 * Rendered by a page whose address does not tell where it belongs (a report under /reports viewed by its 审核人
 * belongs to 审核, lib/site/navigation.ts `reportNavSection`): highlights `href` while the page is shown.
 */
export function NavSection({ href }: Readonly<{ href: string }>) {
  const { setSection } = useContext(NavSectionContext);
  useEffect(() => {
    setSection(href);
    return () => setSection(null);
  }, [href, setSection]);
  return null;
}
