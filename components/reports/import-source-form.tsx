"use client";

import { Button, Form, Input } from "antd";

import { MAX_FILE_BYTES } from "@/lib/import/detect";

interface TProps {
  text: string;
  url: string;
  /** Whether something to read was given (a file, text or a web address). */
  canRead: boolean;
  pending: boolean;
  setText(text: string): void;
  setUrl(url: string): void;
  setFile(file: File | null): void;
  /** An error to show, or null to clear it. */
  setMessage(message: string | null): void;
  /** Called on every change of the original: the review shown is of the previous one. */
  onChange(): void;
  onRead(): void;
}

/** Where the original comes from: an uploaded file, pasted text, or a published page's web address. */
export function ImportSourceForm({
  text,
  url,
  canRead,
  pending,
  setText,
  setUrl,
  setFile,
  setMessage,
  onChange,
  onRead,
}: Readonly<TProps>) {
  return (
    <Form layout="vertical" onFinish={onRead}>
      <Form.Item label="上传文件（Word、WPS、PDF、网页、Excel）">
        <input
          type="file"
          aria-label="选择要导入的文件"
          accept=".docx,.doc,.wps,.pdf,.html,.htm,.xlsx,.txt,.json"
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            onChange();
            // Said here, before a 20 MB upload is sent only to be refused by the server.
            if (chosen && chosen.size > MAX_FILE_BYTES) {
              setFile(null);
              event.target.value = "";
              return setMessage("文件超过 20 MB，无法导入。");
            }
            setMessage(null);
            setFile(chosen);
          }}
        />
      </Form.Item>
      <Form.Item label="或粘贴报告全文">
        <Input.TextArea
          aria-label="粘贴报告全文"
          rows={4}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            onChange();
          }}
          placeholder="从网页或 PDF 复制整篇报告，粘贴在这里"
        />
      </Form.Item>
      <Form.Item
        label="或填写已发布网页的网址"
        extra="由服务器读取该网页；网页只链接了 PDF 等附件时会提示附件的网址。"
      >
        <Input
          aria-label="已发布网页的网址"
          value={url}
          maxLength={2000}
          onChange={(event) => {
            setUrl(event.target.value);
            onChange();
          }}
          placeholder="https://……"
        />
      </Form.Item>
      <Button htmlType="submit" loading={pending} disabled={!canRead || pending}>
        读取
      </Button>
    </Form>
  );
}
