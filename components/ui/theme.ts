import type { ThemeConfig } from "antd";

/**
 * The theme, held to WCAG 2.x AA (GB/T 37668; docs/decisions.md D31): antd's default secondary text (45 % black,
 * 3.4:1 on white), placeholder-grey descriptions (3.3:1 on the page grey) and link blue #1677ff (4.1:1) fail the
 * 4.5:1 text contrast, so they are darkened here; every value below is at least 4.5:1 on white and on #f5f5f5.
 * The preset tag colours are darkened in app/globals.css. The dark header menu keeps white text on its selection.
 */
const FOCUS_BLUE = "#0950c2";
const HOVER_BLUE = "#4096ff";
const FOCUS_SHADOW = "rgba(9, 80, 194, 0.2)";
const FOCUS_TOKENS = {
  activeBorderColor: FOCUS_BLUE,
  hoverBorderColor: HOVER_BLUE,
  activeShadow: `0 0 0 2px ${FOCUS_SHADOW}`,
};

/** The class Ant Design gives each component root, naming the theme its CSS variables belong to. */
export const THEME_KEY = "nbt-antd";

export const APP_THEME: ThemeConfig = {
  // Ant Design's styles come from its prebuilt stylesheet (antd/dist/antd.css, imported by app/layout.tsx) instead of
  // being generated per component on every server render and in the browser (D70, issue 17). The tokens below still
  // reach the page as CSS variables.
  zeroRuntime: true,
  // A fixed key: the CSS variables of the theme are also written once to app/antd-theme.css (scripts/antd-theme-css.ts),
  // for the light components of components/ui that render Ant Design's markup without its code (D71).
  cssVar: { key: THEME_KEY },
  token: {
    colorPrimary: "#b71c1c",
    borderRadius: 4,
    colorTextSecondary: "rgba(0, 0, 0, 0.65)",
    colorTextTertiary: "rgba(0, 0, 0, 0.62)",
    colorTextDescription: "rgba(0, 0, 0, 0.62)",
    // Placeholders are text people read (axe checks a Select's): 4.7:1 on white.
    colorTextPlaceholder: "rgba(0, 0, 0, 0.55)",
    colorLink: "#0950c2",
    colorLinkHover: "#1668dc",
    colorLinkActive: "#003eb3",
    // Errors in red-7 (5.9:1 on white; antd's #ff4d4f is 3.3:1).
    colorError: "#cf1322",
  },
  // The primary colour is red, and antd draws a focused field in the primary colour: focus would look like an
  // error. Focused and hovered fields are blue instead, errors stay red.
  components: {
    Input: FOCUS_TOKENS,
    InputNumber: FOCUS_TOKENS,
    Mentions: FOCUS_TOKENS,
    DatePicker: FOCUS_TOKENS,
    Select: { activeBorderColor: FOCUS_BLUE, hoverBorderColor: HOVER_BLUE, activeOutlineColor: FOCUS_SHADOW },
    Menu: {
      darkItemColor: "rgba(255, 255, 255, 0.85)",
      darkItemSelectedColor: "#fff",
      darkItemSelectedBg: "#8f1515",
      darkItemHoverColor: "#fff",
    },
  },
};
