import { OfficeOverview } from "@/components/office-overview";
import { ProductIntro } from "@/components/product-intro";
import { listOfficeOverview } from "@/lib/db/offices";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  return (
    <>
      <ProductIntro />
      <OfficeOverview offices={await listOfficeOverview()} />
    </>
  );
}
