import { notFound } from "next/navigation";

import { AppError } from "@/lib/errors";

import { parseEditionSegment } from "./paths";

/** For portal pages: a service's NOT_FOUND becomes the Chinese 404 page; anything else is thrown on. */
export const orNotFound = async <T>(load: Promise<T>): Promise<T> => {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
};

/**
 * The edition a portal page's `?edition=` names: null when absent (the latest), the number when well formed
 * (lib/public/paths.ts parseEditionSegment); a malformed value is the 404 page, never silently the latest.
 */
export const editionParamOrNotFound = (edition: string | string[] | undefined): number | null => {
  if (edition === undefined) return null;
  const asked = parseEditionSegment(typeof edition === "string" ? edition : "x");
  if (asked === null) notFound();
  return asked;
};

/** The props Next.js gives a portal page of one office's year: `/gongkai/[office]/[year]…?edition=N`. */
export type TEditionPageProps = {
  params: Promise<{ office: string; year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Loads a portal page of one office's year through `loader(office, year, edition)`; an unknown office, year or
 * edition, or a malformed `?edition=`, is the Chinese 404 page.
 */
export const loadEditionPage = async <T>(
  { params, searchParams }: TEditionPageProps,
  loader: (office: string, year: string, edition: number | null) => Promise<T>,
): Promise<T> => {
  const { office, year } = await params;
  const asked = editionParamOrNotFound((await searchParams).edition);
  return orNotFound(loader(office, year, asked));
};
