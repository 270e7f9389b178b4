"use client";

import { Text } from "@/components/ui/typography";
import type { TWorkflowView } from "@/lib/services/workflow-view";
import { formatDateTime } from "@/lib/format/date-time";

import { PanelItem, PanelList } from "../panel-list";

interface TProps {
  reportId: string;
  publications: TWorkflowView["publications"];
}

/** Published editions with their frozen Word and web files and the Word file's SHA-256. */
export function PublicationList({ reportId, publications }: Readonly<TProps>) {
  return (
    <PanelList header="已发布版次">
      {publications.map((p) => (
        <PanelItem key={p.edition}>
          <div>
            第 {p.edition} 版{p.note ? `（更正：${p.note}）` : ""} · {p.publishedBy} ·{" "}
            {formatDateTime(p.publishedAt)}
            <div>
              <a href={`/reports/${reportId}/published/${p.edition}/docx`}>Word</a> ·{" "}
              <a href={`/reports/${reportId}/published/${p.edition}/html`}>网页</a>
              <Text type="secondary" style={{ fontSize: 12 }}>
                {" "}
                SHA-256 {p.docxSha256.slice(0, 12)}…
              </Text>
            </div>
          </div>
        </PanelItem>
      ))}
    </PanelList>
  );
}
