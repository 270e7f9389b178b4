import { PortalNotFound } from "@/components/public-portal/portal-not-found";

export const metadata = { title: "年报不存在" };

/** An unknown office, year or edition in the 年报专栏. */
export default function NotFound() {
  return <PortalNotFound />;
}
