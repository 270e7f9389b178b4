"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Card, Form, Input } from "antd";
import { useState, useTransition } from "react";
import { Controller, useForm } from "react-hook-form";

import { loginAction } from "@/app/login/actions";
import { ZLoginForm, type TLoginForm } from "@/lib/auth/login-form";

export function LoginForm({ next }: Readonly<{ next?: string }>) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { control, handleSubmit, formState } = useForm<TLoginForm>({
    resolver: zodResolver(ZLoginForm),
    defaultValues: { username: "", password: "" },
  });
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      const result = await loginAction({ ...values, next });
      if (result) setMessage(result.message);
    }),
  );
  return (
    <Card title="登录年报通" style={{ maxWidth: 420, margin: "48px auto" }}>
      <Form layout="vertical" onFinish={() => void onSubmit()} component="form">
        <Form.Item label="用户名" htmlFor="username" validateStatus={formState.errors.username ? "error" : undefined} help={formState.errors.username?.message}>
          <Controller name="username" control={control} render={({ field }) => <Input {...field} autoComplete="username" id="username" />} />
        </Form.Item>
        <Form.Item label="密码" htmlFor="password" validateStatus={formState.errors.password ? "error" : undefined} help={formState.errors.password?.message}>
          <Controller name="password" control={control} render={({ field }) => <Input.Password {...field} autoComplete="current-password" id="password" />} />
        </Form.Item>
        {message && <Alert type="error" title={message} style={{ marginBottom: 16 }} showIcon />}
        <Button type="primary" htmlType="submit" loading={pending} block>
          登录
        </Button>
      </Form>
    </Card>
  );
}
