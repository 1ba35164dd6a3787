// Sheets' protected ranges and sheets for the fake: `range.protect()` / `sheet.protect()` make one that the simulated
// user may not edit (as when the owner protected it), and a write whose rectangle touches a cell it protects
// throws as a whole, as Apps Script does; warning-only protections and ones the user may edit let writes through.
import type { FakeRange } from "./fake-range.js";

export type ProtectionKind = "RANGE" | "SHEET";

/** Apps Script's message for a write into a protected cell. */
export const PROTECTED_MESSAGE = "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

const overlaps = (a: Rect, b: Rect) => a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;
const holds = (a: Rect, r: number, c: number) => r >= a.top && r < a.top + a.rows && c >= a.left && c < a.left + a.cols;

export class FakeProtection {
  /** Whether the simulated user is among its editors (the owner always is). */
  editable = false;
  warningOnly = false;
  description = "";
  unprotected: FakeRange[] = [];

  constructor(
    readonly kind: ProtectionKind,
    readonly range: FakeRange,
    private readonly list: FakeProtection[],
  ) {
    list.push(this);
  }

  getProtectionType() {
    return this.kind;
  }
  getRange() {
    return this.range;
  }
  canEdit() {
    return this.editable;
  }
  isWarningOnly() {
    return this.warningOnly;
  }
  setWarningOnly(w: boolean) {
    this.warningOnly = w;
    return this;
  }
  getDescription() {
    return this.description;
  }
  setDescription(d: string) {
    this.description = d;
    return this;
  }
  getUnprotectedRanges() {
    return [...this.unprotected];
  }
  setUnprotectedRanges(ranges: FakeRange[]) {
    this.unprotected = [...ranges];
    return this;
  }
  remove() {
    const i = this.list.indexOf(this);
    if (i >= 0) this.list.splice(i, 1);
  }

  /** True when it stops the simulated user's write to `rect`. */
  blocks(rect: Rect): boolean {
    if (this.editable || this.warningOnly) return false;
    if (this.kind === "RANGE") return overlaps(this.range, rect);
    for (let r = rect.top; r < rect.top + rect.rows; r++) {
      for (let c = rect.left; c < rect.left + rect.cols; c++) if (!this.unprotected.some((u) => holds(u, r, c))) return true;
    }
    return false;
  }
}
