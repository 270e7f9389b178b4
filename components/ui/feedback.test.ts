import { afterEach, describe, expect, it, vi } from "vitest";

import { hostLoadFailed, message, modal } from "./feedback";

/**
 * When Ant Design's message/modal host cannot be fetched (offline, a failed chunk), what was waiting for it is not lost:
 * a confirmation becomes the browser's own confirm (its onOk runs when accepted), an error an alert.
 */
describe("feedback without its host", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("asks with window.confirm and runs onOk when accepted; says errors with window.alert", () => {
    const confirm = vi.fn(() => true);
    const alert = vi.fn();
    vi.stubGlobal("window", { confirm, alert });
    const onOk = vi.fn();
    modal.confirm({ title: "撤回提交？", content: "撤回后可继续修改。", onOk });
    message.error({ content: "撤回失败：网络中断", duration: 8 });
    message.success("已撤回");
    expect(confirm).not.toHaveBeenCalled(); // waiting for the host
    hostLoadFailed();
    expect(confirm).toHaveBeenCalledWith("撤回提交？\n撤回后可继续修改。");
    expect(onOk).toHaveBeenCalledTimes(1);
    expect(alert).toHaveBeenCalledWith("撤回失败：网络中断");
    expect(alert).toHaveBeenCalledTimes(1);
  });

  it("does not run onOk when the person cancels, and queues again after a failure", () => {
    const confirm = vi.fn(() => false);
    vi.stubGlobal("window", { confirm, alert: vi.fn() });
    const onOk = vi.fn();
    modal.confirm({ title: "删除草稿？", onOk });
    hostLoadFailed();
    expect(confirm).toHaveBeenCalledWith("删除草稿？");
    expect(onOk).not.toHaveBeenCalled();
    modal.confirm({ title: "再次删除？", onOk });
    expect(confirm).toHaveBeenCalledTimes(1); // queued again, for the next try to fetch the host
  });
});
