"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Card, Form } from "antd";
import { useState, useSyncExternalStore, useTransition } from "react";
import { useForm } from "react-hook-form";

import { TextField } from "@/components/form-fields";
import { ZLoginForm, type TLoginForm } from "@/lib/auth/login-form";

import { loginAction } from "./actions";

/** Nothing to subscribe to: the value only differs between the server render (and hydration) and the client. */
const noSubscription = () => () => {};

export function LoginForm({ next }: Readonly<{ next?: string }>) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Until the page's scripts run, a press on 登录 would submit the bare form natively and reload the login page
  // with nothing done (seen on a loaded machine): the button is enabled once the form is live.
  const live = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const { control, handleSubmit } = useForm<TLoginForm>({
    resolver: zodResolver(ZLoginForm),
    defaultValues: { username: "", password: "" },
  });
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      const result = await loginAction({ ...values, next });
      if (!result.ok) setMessage(result.error.message);
    }),
  );
  return (
    <Card title="登录年报通" style={{ maxWidth: 420, margin: "48px auto" }}>
      <Form layout="vertical" onFinish={() => void onSubmit()} component="form">
        <TextField control={control} name="username" label="用户名" id="username" autoComplete="username" />
        <TextField
          control={control}
          name="password"
          label="密码"
          id="password"
          password
          autoComplete="current-password"
        />
        {message && <Alert type="error" title={message} style={{ marginBottom: 16 }} showIcon />}
        <Button type="primary" htmlType="submit" loading={pending} disabled={!live || pending} block>
          登录
        </Button>
      </Form>
    </Card>
  );
}
