import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { PUT as saveRoute, GET as readRoute } from "@/app/api/reports/[reportId]/route";
import { POST as workflowRoute } from "@/app/api/reports/[reportId]/workflow/route";
import { addMembershipAction, createOfficeAction } from "@/components/admin/actions";
import type { TDatabase } from "@/lib/db/client";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import type { TReportDocument } from "@/lib/report/schema";
import { actAs, jsonRequest, seedTestWorld, type TTestWorld } from "@/lib/testing/request-context";

import { BODY_LIMITS } from "./read-json";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

/**
 * Issue 14 items 6 and 7 at the edge, through the real route handlers and a real database: bodies and
 * fields are bounded (413 / 422 with a Chinese message, nothing stored), and characters the database or XML
 * cannot hold are removed on entry instead of failing every save with 500.
 */
describe.each(testDatabaseTargets())("input at the edge on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let world: TTestWorld;
  const params = () => ({ params: Promise.resolve({ reportId: world.reportId }) });

  const current = async (): Promise<{ version: number; document: TReportDocument }> => {
    const body = (await (await readRoute(jsonRequest("GET", "/", undefined), params())).json()) as {
      version: number;
      document: TReportDocument;
    };
    return body;
  };
  const save = (body: string, headers?: Record<string, string>) =>
    saveRoute(jsonRequest("PUT", `/api/reports/${world.reportId}`, body, headers), params());

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    world = await seedTestWorld(db);
  });
  afterAll(() => close());
  beforeEach(() => actAs(world.users.filler.token));

  it("stores a narrative with NUL, C0 controls, U+FFFF and a lone surrogate cleaned (not 500)", async () => {
    const { version, document } = await current();
    const dirty = {
      ...document,
      narrative: { ...document.narrative, s1: "主动\u0000公开\u0007情况\uFFFF\uD800。" },
    };
    const response = await save(JSON.stringify({ baseVersion: version, document: dirty }));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { removed: number }).removed).toBe(4);
    const stored = await current();
    expect(stored.version).toBe(version + 1);
    expect(stored.document.narrative.s1).toBe("主动公开情况。");
  });

  it("cleans a lone surrogate sent as a raw JSON escape in a cell and in a comment", async () => {
    const { version, document } = await current();
    const raw = JSON.stringify({ baseVersion: version, document }).replace(
      '"agencyName":"',
      '"agencyName":"\\udc00\\u0000',
    );
    expect((await save(raw)).status).toBe(200);
    expect((await current()).document.details.agencyName).toBe(document.details.agencyName);

    actAs(world.users.reviewer.token);
    await db.prisma.report.update({ where: { id: world.reportId }, data: { status: "SUBMITTED" } });
    const comment = await workflowRoute(
      jsonRequest(
        "POST",
        "/",
        '{"action":"comment","target":"section:s1","body":"请核对\\ud83d\\u0000数字\\ud83d\\ude00"}',
      ),
      params(),
    );
    await db.prisma.report.update({ where: { id: world.reportId }, data: { status: "DRAFT" } });
    expect(comment.status).toBe(200);
    const stored = await db.prisma.reportComment.findFirstOrThrow({ where: { reportId: world.reportId } });
    expect(stored.body).toBe("请核对数字😀");
  });

  it("refuses a body above the limit by Content-Length before reading it: 413, Chinese, nothing stored", async () => {
    const before = await current();
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const request = new Request(`http://localhost/api/reports/${world.reportId}`, {
      method: "PUT",
      headers: {
        host: "localhost",
        origin: "http://localhost",
        "content-type": "application/json",
        "content-length": String(BODY_LIMITS.draft + 1),
      },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const response = await saveRoute(request, params());
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/请求内容过大/);
    expect(pulled).toBeLessThanOrEqual(1);
    expect(await current()).toEqual(before);
  });

  it("refuses a streamed body once it passes the limit (no Content-Length): 413, nothing stored", async () => {
    const before = await current();
    const chunk = new TextEncoder().encode(" ".repeat(256 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
        if (sent > BODY_LIMITS.draft * 4) controller.close();
      },
    });
    const request = new Request(`http://localhost/api/reports/${world.reportId}`, {
      method: "PUT",
      headers: { host: "localhost", origin: "http://localhost", "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const response = await saveRoute(request, params());
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(BODY_LIMITS.draft * 2);
    expect(await current()).toEqual(before);
  });

  it("refuses over-long $schema, unknown prefill cells and over-long cell keys with 422, nothing stored", async () => {
    const before = await current();
    const docs: TReportDocument[] = [
      { ...before.document, $schema: "x".repeat(10_000) },
      { ...before.document, prefill: { [`k${"0".repeat(50)}`]: { from: "上年", value: 1 } } },
      { ...before.document, cells: { ["c".repeat(1000)]: 1 } },
      { ...before.document, narrative: { s1: "字".repeat(100_001) } },
    ];
    for (const document of docs) {
      const response = await save(JSON.stringify({ baseVersion: before.version, document }));
      expect(response.status).toBe(422);
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const tooBigWorkflow = await workflowRoute(
      jsonRequest(
        "POST",
        "/",
        JSON.stringify({ action: "comment", target: "x", body: "长".repeat(200_000) }),
      ),
      params(),
    );
    expect(tooBigWorkflow.status).toBe(413);
    expect(await current()).toEqual(before);
  });

  it("answers a body that is not JSON with 422 and a Chinese message", async () => {
    const response = await save("{not json");
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      "请求内容不是有效的 JSON。",
    );
  });

  it("cleans names entering through server actions", async () => {
    actAs(world.users.admin.token);
    const parentId = (await db.prisma.office.findFirstOrThrow({ where: { name: "区政府办" } })).id;
    const result = await createOfficeAction({ name: "区\u0000审计局\uFFFE", parentId });
    expect(result).toEqual({ ok: true, data: { message: "已新增机关“区审计局”。" } });
    expect(await db.prisma.office.count({ where: { name: "区审计局" } })).toBe(1);
  });

  it("refuses a membership for a user id that names nobody with 4xx, not a database error", async () => {
    actAs(world.users.admin.token);
    const officeId = (await db.prisma.office.findFirstOrThrow({ where: { name: "区政府办" } })).id;
    const result = await addMembershipAction({
      userId: "5f0c6a3e-9d1b-4c1e-8f3a-2b7d9e4c6a10",
      officeId,
      role: "FILLER",
    });
    expect(result).toEqual({
      ok: false,
      error: { code: "NOT_FOUND", message: "用户不存在，请刷新页面后重新选择。" },
    });
  });
});
