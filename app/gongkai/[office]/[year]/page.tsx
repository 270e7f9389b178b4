import type { Metadata } from "next";

import { ReportPage } from "@/components/public-portal/report-page";
import { loadEditionPage, type TEditionPageProps } from "@/lib/public/or-not-found";
import { loadPublicReport } from "@/lib/services/load-public-report";

export const dynamic = "force-dynamic";

type TProps = TEditionPageProps;

const load = (props: TProps) => loadEditionPage(props, loadPublicReport);

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const page = await load(props);
  return { title: `${page.title} · 年报专栏` };
}

/** A published report: the frozen HTML of the edition shown, every edition, downloads with SHA-256. */
export default async function PublicReportPage(props: TProps) {
  return <ReportPage page={await load(props)} />;
}
