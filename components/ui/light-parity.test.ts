import * as antd from "antd";
import { createElement as h, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { Alert } from "./alert";
import { Button } from "./button";
import { Card } from "./card";
import { Col, Field, Form, Row, TextInput } from "./field";
import { Space } from "./space";
import { Tag } from "./tag";
import { APP_THEME } from "./theme";
import { Paragraph, Text, Title } from "./typography";

/**
 * The light components (components/ui, D71) render exactly Ant Design's markup for the props we use, so that
 * antd/dist/antd.css styles them as it styles antd's own, and an antd upgrade that changes its markup fails here.
 * Compared: the element tree, attributes and class lists, leaving out only the classes naming the theme instance
 * (`nbt-antd`) and antd's style hash (`css-…`), which carry no styles of their own here (app/antd-theme.css).
 */
/** Attributes in name order, classes in order, theme-instance and hash classes and empty classes left out. */
const normalise = (html: string): string =>
  html
    .replace(/class="([^"]*)"/g, (_, list: string) => {
      const names = list.split(/\s+/).filter((name) => name && name !== "nbt-antd" && !/^css-/.test(name));
      return names.length ? `class="${names.sort().join(" ")}"` : "";
    })
    .replace(
      /<([a-z0-9]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>/g,
      (_, tag: string, attrs: string, self: string) => {
        const list = attrs.match(/[^\s=>]+(?:="[^"]*")?/g) ?? [];
        return `<${[tag, ...list.sort()].join(" ")}${self}>`;
      },
    );

const markup = (element: ReactElement, inAntd: boolean): string =>
  normalise(renderToStaticMarkup(inAntd ? h(antd.ConfigProvider, { theme: APP_THEME }, element) : element));

const same = (ours: ReactElement, theirs: ReactElement) =>
  expect(markup(ours, false)).toBe(markup(theirs, true));

describe("light components render Ant Design's markup", () => {
  it.each([
    [{}, "保存"],
    [{}, "提交审核"],
    [{ type: "primary" }, "下一步"],
    [{ danger: true }, "删除草稿"],
    [{ type: "link", size: "small" }, "历史记录"],
    [{ type: "text" }, "展开"],
    [{ disabled: true }, "提交审核"],
    [{ loading: true }, "提交审核"],
    [{ htmlType: "submit", size: "small" }, "退出"],
    [{ type: "primary", danger: true }, "撤回"],
  ] as const)("Button %o %s", (props, label) => {
    same(h(Button, props, label), h(antd.Button, props, label));
  });

  it.each([
    [{ type: "info", showIcon: true, title: "只读" }],
    [{ type: "warning", showIcon: true, title: "标题", description: "描述" }],
    [{ type: "error", title: "错误" }],
    [{ type: "success", showIcon: true, title: "已发布" }],
  ] as const)("Alert %o", (props) => {
    same(h(Alert, props), h(antd.Alert, props));
  });

  it("Card", () => {
    same(
      h(Card, { title: "审核", size: "small" }, "内容"),
      h(antd.Card, { title: "审核", size: "small" }, "内容"),
    );
    same(
      h(Card, { title: "报告信息", extra: "x" }, "内容"),
      h(antd.Card, { title: "报告信息", extra: "x" }, "内容"),
    );
    same(h(Card, {}, "内容"), h(antd.Card, {}, "内容"));
  });

  it.each([[undefined], ["success"], ["error"], ["warning"], ["red"], ["blue"], ["default"]])(
    "Tag %s",
    (color) => {
      same(h(Tag, { color }, "标签"), h(antd.Tag, { color }, "标签"));
    },
  );

  it("Typography", () => {
    same(h(Text, { type: "secondary" }, "次要"), h(antd.Typography.Text, { type: "secondary" }, "次要"));
    same(h(Text, { strong: true }, "强"), h(antd.Typography.Text, { strong: true }, "强"));
    same(
      h(Text, { type: "danger", strong: true }, "错"),
      h(antd.Typography.Text, { type: "danger", strong: true }, "错"),
    );
    same(
      h(Paragraph, { type: "secondary" }, "段"),
      h(antd.Typography.Paragraph, { type: "secondary" }, "段"),
    );
    same(h(Title, { level: 4 }, "标题"), h(antd.Typography.Title, { level: 4 }, "标题"));
  });

  it("Space", () => {
    const items = [h("span", { key: 1 }, "a"), null, h("span", { key: 2 }, "b")];
    same(h(Space, { size: "middle" }, ...items), h(antd.Space, { size: "middle" }, ...items));
    same(h(Space, {}, ...items), h(antd.Space, {}, ...items));
    const named = { "data-testid": "completeness", role: "group", "aria-label": "完整度 5%" };
    same(h(Space, named, ...items), h(antd.Space, named, ...items));
    same(
      h(Space, { wrap: true, size: [8, 8] }, ...items),
      h(antd.Space, { wrap: true, size: [8, 8] }, ...items),
    );
    same(
      h(Space, { direction: "vertical", style: { width: "100%" } }, ...items),
      h(antd.Space, { orientation: "vertical", style: { width: "100%" } }, ...items),
    );
  });

  it("Row with justify, align and a two-way gutter", () => {
    const props = {
      justify: "space-between" as const,
      align: "middle" as const,
      gutter: [8, 8] as [number, number],
    };
    same(
      h(Row, props, h(Col, {}, "a"), h(Col, {}, "b")),
      h(antd.Row, props, h(antd.Col, {}, "a"), h(antd.Col, {}, "b")),
    );
  });

  it("Form, Field, Row, Col and TextInput", () => {
    const input = { value: "示范区教育局", "aria-label": "机关全称", readOnly: true, onChange: () => {} };
    same(
      h(
        Form,
        {},
        h(
          Row,
          { gutter: 16 },
          h(Col, { xs: 24, md: 12 }, h(Field, { label: "机关全称" }, h(TextInput, input))),
        ),
      ),
      h(
        antd.Form,
        { layout: "vertical", component: "div" },
        h(
          antd.Row,
          { gutter: 16 },
          h(antd.Col, { xs: 24, md: 12 }, h(antd.Form.Item, { label: "机关全称" }, h(antd.Input, input))),
        ),
      ),
    );
    same(
      h(TextInput, { status: "error", value: "x", onChange: () => {} }),
      h(antd.Input, { status: "error", value: "x", onChange: () => {} }),
    );
    same(
      h(TextInput, { disabled: true, value: "x", onChange: () => {} }),
      h(antd.Input, { disabled: true, value: "x", onChange: () => {} }),
    );
  });
});
