import { describe, expect, it } from "vitest";

import { MAX_FILE_BYTES } from "./detect";
import { BODY_TOO_LARGE, formSizeProblem, postImportForm } from "./upload-limit";

/** Issue 11 tester §1: a body over the server action's 21 MB crashed the page with a 500. */
describe("import forms over the size limits", () => {
  const big = (bytes: number) => new File([new Uint8Array(bytes)], "大.docx");

  it("refuses a file or pasted text over 20 MB, and a form over 21 MB, before sending", async () => {
    const file = new FormData();
    file.set("file", big(MAX_FILE_BYTES + 1));
    expect(formSizeProblem(file)).toBe("文件超过 20 MB，无法导入。");
    const text = new FormData();
    // 7 M Chinese characters are 21 MB in UTF-8 although the string is 7 M long.
    text.set("text", "年".repeat(7 * 1024 * 1024));
    expect(formSizeProblem(text)).toBe("粘贴的文字超过 20 MB，无法导入。");
    const both = new FormData();
    both.set("file", big(MAX_FILE_BYTES - 10));
    both.set("payload", "x".repeat(2 * 1024 * 1024));
    expect(formSizeProblem(both)).toBe(BODY_TOO_LARGE);
    let called = false;
    const action = async () => {
      called = true;
      return { ok: true as const, data: 1 };
    };
    expect(await postImportForm(action, text)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("20 MB") },
    });
    expect(called).toBe(false);
    const small = new FormData();
    small.set("text", "一、总体情况");
    expect(formSizeProblem(small)).toBeNull();
    expect(await postImportForm(action, small)).toEqual({ ok: true, data: 1 });
  });

  it("turns the server's refusal of a large body (and a network failure) into a Chinese message", async () => {
    const form = new FormData();
    form.set("text", "一、总体情况");
    const refused = async (): Promise<never> => {
      throw new Error("Body exceeded 21mb limit. To configure the body size limit for Server Actions, see …");
    };
    expect(await postImportForm(refused, form)).toEqual({
      ok: false,
      error: { code: "INVALID", message: BODY_TOO_LARGE },
    });
    const cut = async (): Promise<never> => {
      throw new Error("Unexpected end of form");
    };
    expect((await postImportForm(cut, form)).ok).toBe(false);
    const offline = async (): Promise<never> => {
      throw new TypeError("Failed to fetch");
    };
    expect(await postImportForm(offline, form)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("请稍后重试") },
    });
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), {
      digest: "NEXT_REDIRECT;push;/reports/1;307;",
    });
    await expect(
      postImportForm(async () => {
        throw redirect;
      }, form),
    ).rejects.toBe(redirect);
  });
});
