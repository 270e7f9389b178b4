"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { App, Button, Form, Input, Select } from "antd";
import { useTransition } from "react";
import { Controller, useForm, type Control, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";

import type { TActionResult } from "@/lib/actions/result";

/**
 * Form fields bound to react-hook-form with their zod message under them (login, 管理), and the admin form
 * hook.
 *
 * One admin form: react-hook-form with the action's own zod schema (the server parses the same schema), the
 * action's Chinese message shown on success or refusal, and the form reset after success.
 */
export const useAdminForm = <S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaults: z.input<S>,
  action: (values: z.output<S>) => Promise<TActionResult<{ message: string }>>,
) => {
  const { message } = App.useApp();
  const [pending, startTransition] = useTransition();
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: defaults as never,
  });
  const submit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await action(values);
      if (result.ok) {
        message.success(result.data.message);
        form.reset(defaults as never);
      } else message.error(result.error.message);
    }),
  );
  return { form, submit, pending };
};

interface TFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  /** Shown above the field and read by screen readers. */
  label: string;
  /** Element id, tying the visible label to the input (`htmlFor`). */
  id?: string;
  /** A standing hint under the field (e.g. the password rules). */
  extra?: string;
}

/** One form field bound to react-hook-form, with its zod message under it. */
function Field<T extends FieldValues>({
  control,
  name,
  label,
  id,
  extra,
  render,
}: TFieldProps<T> & {
  render: (field: { value: unknown; onChange(v: unknown): void }) => React.ReactNode;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          htmlFor={id}
          validateStatus={fieldState.error ? "error" : undefined}
          help={fieldState.error?.message}
          extra={extra}
        >
          {render({ value: field.value, onChange: field.onChange })}
        </Form.Item>
      )}
    />
  );
}

/** A text field; `password` masks it (the browser is asked not to fill in a saved password unless `autoComplete` says otherwise). */
export function TextField<T extends FieldValues>({
  password,
  autoComplete,
  ...props
}: Readonly<TFieldProps<T> & { password?: boolean; autoComplete?: string }>) {
  const Control = password ? Input.Password : Input;
  return (
    <Field
      {...props}
      render={(f) => (
        <Control
          id={props.id}
          aria-label={props.label}
          autoComplete={autoComplete ?? (password ? "new-password" : undefined)}
          value={f.value as string}
          onChange={(e) => f.onChange(e.target.value)}
        />
      )}
    />
  );
}

/** A choice among `options`; an empty value shows the placeholder state. */
export function SelectField<T extends FieldValues>({
  options,
  minWidth,
  ...props
}: Readonly<TFieldProps<T> & { options: { value: string; label: string }[]; minWidth?: number }>) {
  return (
    <Field
      {...props}
      render={(f) => (
        <Select
          aria-label={props.label}
          style={minWidth ? { minWidth } : undefined}
          options={options}
          value={(f.value as string) || undefined}
          onChange={f.onChange}
        />
      )}
    />
  );
}

/** The primary button of a `useAdminForm` form: submits it, spinning while the action runs. */
export function SubmitButton({
  form,
  children,
}: Readonly<{ form: { pending: boolean; submit(): Promise<void> }; children: React.ReactNode }>) {
  return (
    <Button type="primary" loading={form.pending} disabled={form.pending} onClick={() => void form.submit()}>
      {children}
    </Button>
  );
}
