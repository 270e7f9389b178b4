import { PortalHome } from "@/components/public-portal/portal-home";
import { parseYearSegment, SEARCH_QUERY_MAX } from "@/lib/public/paths";
import { loadPublicPortal } from "@/lib/services/load-public-portal";

export const metadata = { title: "年报专栏" };
export const dynamic = "force-dynamic";

/** 年报专栏 home, no sign-in: search by office name and year, and the index by region. */
export default async function PortalHomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const raw = typeof params.q === "string" ? params.q : "";
  // An office name is short; a longer query is cut (the page says so) rather than refused.
  const query = raw.slice(0, SEARCH_QUERY_MAX);
  const year = typeof params.year === "string" ? parseYearSegment(params.year) : null;
  const portal = await loadPublicPortal({ query, year });
  return <PortalHome portal={portal} query={query} year={year} queryCut={raw.length > query.length} />;
}
