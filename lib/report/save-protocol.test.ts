import { describe, expect, it } from "vitest";

import { ZSaveDraftRequest } from "./save-protocol";

describe("ZSaveDraftRequest", () => {
  it("takes a positive whole base version and leaves the document to the template check", () => {
    expect(ZSaveDraftRequest.safeParse({ baseVersion: 3, document: { any: "thing" } }).success).toBe(true);
    expect(ZSaveDraftRequest.safeParse({ baseVersion: 2_147_483_647, document: {} }).success).toBe(true);
    // Report.version is a 32-bit integer: a larger base version is refused here, not by the database.
    for (const baseVersion of [0, -1, 1.5, "3", undefined, 2 ** 31, 1e10])
      expect(ZSaveDraftRequest.safeParse({ baseVersion, document: {} }).success).toBe(false);
  });
});
