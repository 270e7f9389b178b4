import type { Metadata } from "next";

import { OfficePage } from "@/components/public-portal/office-page";
import { orNotFound } from "@/lib/public/or-not-found";
import { loadPublicOffice } from "@/lib/services/load-public-office";

export const dynamic = "force-dynamic";

type TParams = { params: Promise<{ office: string }> };

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const { office } = await params;
  const page = await orNotFound(loadPublicOffice(office));
  return { title: `${page.office.name} · 年报专栏` };
}

/** One office's published reports (every year, every edition) and the offices below it. */
export default async function PublicOfficePage({ params }: TParams) {
  const { office } = await params;
  return <OfficePage page={await orNotFound(loadPublicOffice(office))} />;
}
