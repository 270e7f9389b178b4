export interface TNavItem {
  href: string;
  label: string;
}

export const PRODUCT_NAME = "年报通";

export const MAIN_NAVIGATION: TNavItem[] = [
  { href: "/reports", label: "我的年报" },
  { href: "/review", label: "审核" },
  { href: "/admin", label: "管理" },
];
