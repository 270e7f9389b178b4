import { describe, expect, it } from "vitest";

import type { TStoredEvent } from "./events";
import { reviewBaseline } from "./review-baseline";

let minute = 0;
const at = (event: TStoredEvent, id: string) => ({
  id,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute++)),
  event,
});
const submit = (id: string) =>
  at(
    { action: "submit", detail: { from: "DRAFT", to: "SUBMITTED", explanations: [], document: { id } } },
    id,
  );
const save = (id: string) => at({ action: "save", detail: { version: 2 } }, id);
const comment = (id: string) =>
  at({ action: "comment", detail: { target: "cell:t3.granted.total", body: "?" } }, id);
const returned = (id: string) =>
  at({ action: "return", detail: { from: "SUBMITTED", to: "RETURNED", comment: "请改" } }, id);

describe("reviewBaseline", () => {
  it("is null before any submission", () => {
    expect(reviewBaseline([save("s1")])).toBeNull();
  });

  it("is the latest submission while nobody has reviewed yet", () => {
    expect(reviewBaseline([save("a"), submit("first")])).toMatchObject({
      submission: { id: "first" },
      reviewedBy: null,
    });
  });

  it("after a return and a resubmission, is the submission that was returned, not the resubmission", () => {
    const events = [submit("first"), comment("c"), returned("r"), save("fix"), submit("second")];
    expect(reviewBaseline(events)).toMatchObject({ submission: { id: "first" }, reviewedBy: { id: "r" } });
  });

  it("a comment on the resubmission moves the baseline to it", () => {
    const events = [submit("first"), returned("r"), submit("second"), comment("c2")];
    expect(reviewBaseline(events)).toMatchObject({ submission: { id: "second" }, reviewedBy: { id: "c2" } });
  });
});
