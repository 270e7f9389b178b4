import { Button } from "antd";
import Link from "next/link";

import AntdLayout from "@/components/antd-layout";
import { OfficeOverview } from "@/components/office-overview";
import { ProductIntro } from "@/components/product-intro";
import { findSignedInUser } from "@/lib/auth/session";
import { loadOfficeOverviewFor } from "@/lib/services/load-office-overview";

export const dynamic = "force-dynamic";

/** What the product is; after signing in, the offices the user works for and their reports. */
export default async function HomePage() {
  const user = await findSignedInUser();
  const offices = user ? await loadOfficeOverviewFor(user) : [];
  return (
    <AntdLayout>
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
    </AntdLayout>
  );
}
