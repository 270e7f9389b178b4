import path from "node:path";

import { describe, expect, it } from "vitest";

import { openDatabase } from "./client";
import { describeHost, resolveDatabaseConfig } from "./config";
import { DatabaseStartupError } from "./errors";

describe("resolveDatabaseConfig", () => {
  it("uses PostgreSQL whenever DATABASE_URL is set", () => {
    expect(resolveDatabaseConfig({ DATABASE_URL: "postgresql://u:secret@db.internal:6543/nbt" })).toEqual({
      kind: "postgresql",
      url: "postgresql://u:secret@db.internal:6543/nbt",
      host: "db.internal:6543",
    });
  });

  it("uses the embedded database in ./data or DATA_DIR otherwise", () => {
    expect(resolveDatabaseConfig({})).toEqual({ kind: "pglite", dataDir: path.resolve("data") });
    expect(resolveDatabaseConfig({ DATABASE_URL: "  ", DATA_DIR: "/srv/nbt" })).toEqual({
      kind: "pglite",
      dataDir: "/srv/nbt",
    });
  });

  it("never puts the password into the host description", () => {
    expect(describeHost("postgresql://admin:topsecret@10.1.2.3/nbt")).toBe("10.1.2.3");
    expect(describeHost("not a url")).toBe("（无法解析的地址）");
  });
});

describe("openDatabase with an unreachable PostgreSQL", () => {
  it("fails with a message naming the host instead of falling back", async () => {
    const config = resolveDatabaseConfig({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nbt" });
    const error = await openDatabase(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseStartupError);
    expect((error as Error).message).toContain("127.0.0.1:1");
    expect((error as Error).message).toContain("无法连接");
  });
});
