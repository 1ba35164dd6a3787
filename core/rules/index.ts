// Rule id → rule: the plain map every checker run walks (nomenclature rules come with a catalogue).
import type { RuleId } from "../model.js";
import type { Rule } from "../table.js";
import { deltaMismatch } from "./delta-mismatch.js";
import { emptyParent } from "./empty-parent.js";
import { formulaBroken } from "./formula-broken.js";
import { formulaMismatch } from "./formula-mismatch.js";
import { grandTotalMismatch } from "./grand-total-mismatch.js";
import { kodeDuplicate } from "./kode-duplicate.js";
import { kodeMalformed } from "./kode-malformed.js";
import { kodeOrphan } from "./kode-orphan.js";
import { kodeOutOfPlace } from "./kode-out-of-place.js";
import { levelNameMismatch } from "./level-name-mismatch.js";
import { missingBudget } from "./missing-budget.js";
import { missingIndicator } from "./missing-indicator.js";
import { missingTarget } from "./missing-target.js";
import { negativeValue } from "./negative-value.js";
import { notANumber } from "./not-a-number.js";
import { overBudget } from "./over-budget.js";
import { overTarget } from "./over-target.js";
import { predikatMismatch } from "./predikat-mismatch.js";
import { quarterSumMismatch } from "./quarter-sum-mismatch.js";
import { ratioMismatch } from "./ratio-mismatch.js";
import { totalMismatch } from "./total-mismatch.js";
import { unitMismatch } from "./unit-mismatch.js";

export const RULES: Partial<Record<RuleId, Rule>> = {
  "total-mismatch": totalMismatch,
  "grand-total-mismatch": grandTotalMismatch,
  "delta-mismatch": deltaMismatch,
  "quarter-sum-mismatch": quarterSumMismatch,
  "formula-mismatch": formulaMismatch,
  "formula-broken": formulaBroken,
  "ratio-mismatch": ratioMismatch,
  "predikat-mismatch": predikatMismatch,
  "over-budget": overBudget,
  "over-target": overTarget,
  "negative-value": negativeValue,
  "not-a-number": notANumber,
  "kode-malformed": kodeMalformed,
  "kode-duplicate": kodeDuplicate,
  "kode-orphan": kodeOrphan,
  "kode-out-of-place": kodeOutOfPlace,
  "level-name-mismatch": levelNameMismatch,
  "missing-indicator": missingIndicator,
  "missing-target": missingTarget,
  "missing-budget": missingBudget,
  "unit-mismatch": unitMismatch,
  "empty-parent": emptyParent,
};
