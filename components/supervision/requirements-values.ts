import {
  OFFICE_KINDS,
  type TLocalRequirements,
  type TLocalRequirementsInput,
} from "@/lib/rules/local-requirements";

/** The 本地要求 form's values, and their conversion from and to what the service stores. */

export interface TFormValues {
  deadlines: Record<string, Record<string, string | undefined>>;
  sections: {
    sectionId: string;
    maxChars?: number | null;
    severity: "error" | "warning";
    patterns?: { pattern: string; label: string }[];
  }[];
  severities: { ruleId: string; severity: string }[];
  jiedu: boolean;
  tujie: boolean;
  signOff: boolean;
}

export /** Stored requirements (or none) as the form's initial values. */
const toForm = (r: TLocalRequirements | null): TFormValues => ({
  deadlines: Object.fromEntries(OFFICE_KINDS.map((k) => [k, { ...r?.deadlines[k] }])),
  sections: (r?.sections ?? []).map((s) => ({ ...s, maxChars: s.maxChars ?? null })),
  severities: Object.entries(r?.severities ?? {}).map(([ruleId, severity]) => ({ ruleId, severity })),
  jiedu: r?.companions.jiedu ?? false,
  tujie: r?.companions.tujie ?? false,
  signOff: r?.signOff ?? false,
});

/** The form's values as the service takes them: blanks left out. */
export const fromForm = (v: TFormValues): TLocalRequirementsInput => ({
  deadlines: Object.fromEntries(
    OFFICE_KINDS.map((kind) => [
      kind,
      Object.fromEntries(
        Object.entries(v.deadlines?.[kind] ?? {}).flatMap(([stage, date]) =>
          date?.trim() ? [[stage, date.trim()]] : [],
        ),
      ),
    ]),
  ),
  sections: (v.sections ?? []).map((s) => ({
    sectionId: s.sectionId as "s1",
    ...(typeof s.maxChars === "number" ? { maxChars: s.maxChars } : {}),
    severity: s.severity,
    patterns: s.patterns ?? [],
  })),
  severities: Object.fromEntries((v.severities ?? []).map((s) => [s.ruleId, s.severity as "error"])),
  companions: { jiedu: Boolean(v.jiedu), tujie: Boolean(v.tujie) },
  signOff: Boolean(v.signOff),
});

export const SEVERITY_OPTIONS = [
  { value: "error", label: "错误（阻止提交）" },
  { value: "warning", label: "警告（须写说明）" },
];
