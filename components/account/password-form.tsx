"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Card, Form, Input } from "antd";
import Link from "next/link";
import { useState, useTransition } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";

import type { TActionResult } from "@/lib/actions/result";
import { ZChangePassword } from "@/lib/admin/schemas";
import { PASSWORD_RULES_HINT } from "@/lib/auth/password-rules";

import { changePasswordAction } from "./actions";

type TForm = z.infer<typeof ZChangePassword>;

const FIELDS: { name: keyof TForm; label: string; autoComplete: string }[] = [
  { name: "current", label: "当前密码", autoComplete: "current-password" },
  { name: "next", label: "新密码", autoComplete: "new-password" },
  { name: "confirm", label: "再次输入新密码", autoComplete: "new-password" },
];

interface TProps {
  displayName: string;
  username: string;
  /** The password was set by a 管理员: it must be changed before anything else. */
  mustChange?: boolean;
  /** Where the person was going (a safe path), offered once the password is changed. */
  next?: string;
}

/** 修改密码; after a first sign-in or a reset by a 管理员 it says why it comes first, then leads on to `next`. */
export function PasswordForm({ displayName, username, mustChange, next = "/" }: Readonly<TProps>) {
  const [result, setResult] = useState<TActionResult<{ message: string }> | null>(null);
  const [pending, startTransition] = useTransition();
  const { control, handleSubmit, reset } = useForm<TForm>({
    resolver: zodResolver(ZChangePassword),
    defaultValues: { current: "", next: "", confirm: "" },
  });
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      const outcome = await changePasswordAction(values);
      setResult(outcome);
      if (outcome.ok) reset();
    }),
  );
  return (
    <Card title={`修改密码：${displayName}（${username}）`} style={{ maxWidth: 480, margin: "24px auto" }}>
      <Form layout="vertical" component="div">
        {mustChange && !result?.ok && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="must-change-password"
            title="您的密码是管理员设置的临时密码，请先修改密码再继续使用。"
          />
        )}
        {FIELDS.map((field) => (
          <Controller
            key={field.name}
            control={control}
            name={field.name}
            render={({ field: input, fieldState }) => (
              <Form.Item
                label={field.label}
                validateStatus={fieldState.error ? "error" : undefined}
                help={fieldState.error?.message}
                extra={field.name === "next" ? PASSWORD_RULES_HINT : undefined}
              >
                <Input.Password
                  aria-label={field.label}
                  autoComplete={field.autoComplete}
                  value={input.value}
                  onChange={input.onChange}
                />
              </Form.Item>
            )}
          />
        ))}
        {result && (
          <Alert
            type={result.ok ? "success" : "error"}
            title={result.ok ? result.data.message : result.error.message}
            description={result.ok && mustChange ? <Link href={next}>继续</Link> : undefined}
            showIcon
            style={{ marginBottom: 12 }}
          />
        )}
        <Button type="primary" loading={pending} disabled={pending} onClick={() => void onSubmit()}>
          修改密码
        </Button>
      </Form>
    </Card>
  );
}
