"use client";

import { Empty, Typography } from "antd";

export function ComingSoon({ title, description }: Readonly<{ title: string; description: string }>) {
  return (
    <>
      <Typography.Title level={2}>{title}</Typography.Title>
      <Empty description={description} />
    </>
  );
}
