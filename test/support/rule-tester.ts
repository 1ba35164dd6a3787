// eslint RuleTester-style runner for core rules: valid grids give no finding of the rule, invalid grids give exactly the listed ones.
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../core/check.js";
import type { Grid } from "../../core/grid.js";
import type { Family, Finding, RuleId, Severity } from "../../core/model.js";
import type { CheckOptions } from "../../core/options.js";
import type { RenjaGrid } from "./renja-grid.js";

export interface ValidCase {
  name: string;
  grid: RenjaGrid | Grid;
  /** The family the grid must be recognised as, so a case cannot pass because nothing was read. */
  family: Family;
  options?: Partial<CheckOptions>;
}

/** One expected finding: `at` is the index of the data row given to renjaGrid (or `row` a 1-based sheet row). */
export interface ExpectedFinding {
  at?: number;
  row?: number;
  /** Column key of the preset; null for a row-level finding (no column). */
  field: string | null;
  expected?: string;
  actual?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** Patterns the first finding's message must match in Indonesian (default) and in English (`lang: "en"`). */
  messages?: { id: RegExp; en: RegExp };
}

/** Findings of one rule on a grid, and the family it was read as. */
export function findingsOf(rule: RuleId, grid: Grid, options: Partial<CheckOptions> = {}): { family: Family; findings: Finding[] } {
  const { report } = checkGrid(grid, options);
  return { family: report.family, findings: report.issues.filter((i) => i.rule === rule) };
}

function resolve(grid: RenjaGrid | Grid, e: ExpectedFinding): { row: number; column: string | undefined } {
  const g = grid as Partial<RenjaGrid>;
  const row = e.row ?? (e.at !== undefined && g.row ? g.row(e.at) : NaN);
  const column = e.field === null ? undefined : g.col ? g.col(e.field) : e.field;
  return { row, column };
}

/**
 * Runs the valid and invalid cases of one rule with `it.each`.
 * @example runRuleTests("total-mismatch", "error", { valid: [...], invalid: [...] })
 */
export function runRuleTests(rule: RuleId, severity: Severity, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule, () => {
    it("has at least one case with its message checked in both languages", () => {
      expect(cases.invalid.some((c) => c.messages)).toBe(true);
    });

    describe("valid", () => {
      it.each(cases.valid)("$name", (c) => {
        const { family, findings } = findingsOf(rule, c.grid, c.options);
        expect(family).toBe(c.family);
        expect(findings).toEqual([]);
      });
    });

    describe("invalid", () => {
      it.each(cases.invalid)("$name", (c) => {
        const { family, findings } = findingsOf(rule, c.grid, c.options);
        expect(family).toBe(c.family);
        const want = c.errors.map((e) => {
          const { row, column } = resolve(c.grid, e);
          const f: Record<string, unknown> = { rule, severity, row, column };
          if ("expected" in e) f.expected = e.expected;
          if ("actual" in e) f.actual = e.actual;
          return f;
        });
        const got = findings.map((f) => {
          const out: Record<string, unknown> = { rule: f.rule, severity: f.severity, row: f.row, column: f.column };
          const e = c.errors[findings.indexOf(f)];
          if (e && "expected" in e) out.expected = f.expected;
          if (e && "actual" in e) out.actual = f.actual;
          return out;
        });
        expect(got).toEqual(want);
        if (!c.messages) return;
        expect(findings[0]?.message).toMatch(c.messages.id);
        const en = findingsOf(rule, c.grid, { ...c.options, lang: "en" }).findings;
        expect(en.map((f) => [f.row, f.column])).toEqual(findings.map((f) => [f.row, f.column]));
        expect(en[0]?.message).toMatch(c.messages.en);
        expect(en[0]?.message).not.toMatch(c.messages.id);
      });
    });
  });
}
