import type { Metadata } from "next";

import { ChartsPage } from "@/components/public-portal/charts-page";
import { loadEditionPage, type TEditionPageProps } from "@/lib/public/or-not-found";
import { loadPublicCharts } from "@/lib/services/load-public-charts";

export const dynamic = "force-dynamic";

type TProps = TEditionPageProps;

const load = (props: TProps) => loadEditionPage(props, loadPublicCharts);

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const page = await load(props);
  return { title: `图解：${page.title} · 年报专栏` };
}

/** 图解 of a published report, no sign-in. */
export default async function PublicChartsPage(props: TProps) {
  return <ChartsPage page={await load(props)} />;
}
