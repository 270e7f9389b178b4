// Ant Design for these pages (components/antd-layout.tsx, D71).
export { default } from "@/components/antd-layout";
