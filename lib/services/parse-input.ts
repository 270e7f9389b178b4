import type { z } from "zod";

import { AppError } from "@/lib/errors";
import { formatSchemaIssues } from "@/lib/report/schema";
import { cleanDeep } from "@/lib/text/clean";

/**
 * `input` parsed by a form's schema (the one the browser form used), or INVALID with its first message.
 * Every text in it passes lib/text/clean first (control characters, lone surrogates removed): the one
 * cleaning step of server actions' input.
 */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => {
  const parsed = schema.safeParse(cleanDeep(input).value);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "参数无效");
  return parsed.data;
};

/**
 * A route's JSON `body` parsed by its request schema, or INVALID with the first message and every issue
 * path-qualified as details (lib/report/schema `formatSchemaIssues`). Text is not cleaned: for requests of
 * ids, numbers and choices.
 */
export const parseRequest = <S extends z.ZodType>(schema: S, body: unknown): z.output<S> => {
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new AppError(
      "INVALID",
      parsed.error.issues[0]?.message ?? "请求无效。",
      formatSchemaIssues(parsed.error),
    );
  return parsed.data;
};
