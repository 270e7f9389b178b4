import { Button } from "antd";
import Link from "next/link";

import { OfficeOverview } from "@/components/office-overview";
import { ProductIntro } from "@/components/product-intro";
import { getCurrentUser } from "@/lib/auth/session";
import { listOfficeOverview } from "@/lib/db/offices";

export const dynamic = "force-dynamic";

/** What the product is; after signing in, the offices the user works for and their reports. */
export default async function HomePage() {
  const user = await getCurrentUser();
  const officeIds = new Set(user?.memberships.map((m) => m.officeId) ?? []);
  const offices = user ? (await listOfficeOverview()).filter((office) => officeIds.has(office.id)) : [];
  return (
    <>
      <ProductIntro />
      {user ? (
        <OfficeOverview offices={offices} />
      ) : (
        <Link href="/login">
          <Button type="primary" size="large">
            登录开始填报
          </Button>
        </Link>
      )}
    </>
  );
}
