"use client";

import { createContext, memo, useContext } from "react";

import { Paragraph, Text } from "@/components/ui/typography";
import { cellSourceText, type TCellSource } from "@/lib/import/cell-source";

/** Where imported cells came from (lib/import/cell-source.ts), for the cells' tooltips and the side note. */
export const CellSourcesContext = createContext<Readonly<Record<string, TCellSource>>>({});

/** The words for the cell `id`'s import source (`导入自“…”第2个表格第5行，原文“151”`), or "" when none. */
export const useCellSourceText = (id: string): string => {
  const source = useContext(CellSourcesContext)[id];
  return source ? cellSourceText(source) : "";
};

/**
 * The focused cell's import source beside the form, so a keyboard user reads it too (the tooltip shows only on
 * pointing). Announced politely as the focus moves; nothing when the cell was not imported.
 */
export const CellSourceNote = memo(function CellSourceNote({
  cellId,
  label,
}: Readonly<{ cellId: string | null; label: string }>) {
  const text = useCellSourceText(cellId ?? "");
  return (
    <div aria-live="polite" data-testid="cell-source">
      {cellId && text && (
        <Paragraph style={{ marginBottom: 8 }}>
          <Text strong>来源 · {label}：</Text>
          {text}
        </Paragraph>
      )}
    </div>
  );
});
