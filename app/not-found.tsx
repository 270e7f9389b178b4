import { NotFoundView } from "@/components/not-found-view";

export const metadata = { title: "页面不存在" };

/** Every 404 (unknown address, or a report the user may not see): Chinese, inside the app's frame. */
export default function NotFound() {
  return <NotFoundView />;
}
