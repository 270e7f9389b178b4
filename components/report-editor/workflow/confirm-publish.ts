import { modal } from "@/components/ui/feedback";

/** Asks before publishing; `onOk` runs the publication (the dialog shows it loading until it settles). */
export const confirmPublish = (onOk: () => Promise<unknown>) =>
  modal.confirm({
    title: "发布年报",
    content: "发布后将按当前内容生成 Word 和网页文件并冻结保存；此后的更正会作为新的版次发布。",
    okText: "发布",
    cancelText: "取消",
    onOk,
  });
