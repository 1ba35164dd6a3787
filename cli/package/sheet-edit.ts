// One worksheet's share of a fix or clear, applied to its part: earlier flags off, cell writes, flag fills and notes.
import type { CellWrite, FillWrite, NoteWrite } from "../../core/plan/patch.js";
import type { KeptCell } from "../apply-patch.js";
import { address, parseAddress } from "./cell-address.js";
import { SheetNotes } from "./note-parts.js";
import type { OpcPackage } from "./opc-package.js";
import { Refusal } from "./refusal.js";
import { SheetCells } from "./sheet-cells.js";
import { keptFillXml, solidFillXml, type KeptColour, type StyleTable } from "./style-table.js";
import { rootPrefix } from "./xml-text.js";

/** What to do to one sheet. */
export interface SheetPlan {
  name: string;
  /** Kept flags of an earlier run to take off first (where the cell still shows ours). */
  restore: readonly KeptCell[];
  writes: readonly CellWrite[];
  fills: readonly FillWrite[];
  notes: readonly NoteWrite[];
  /** The kept records of the new flags; the writer adds the style index and note XML each cell had. */
  kept: KeptCell[];
  /** The formula of a cell as its own (for cells that shared the formula of a cell being written). */
  formulaOf: (address: string) => string | null;
}

/** What the writes did that concerns the whole workbook. */
export interface WriteEffects {
  formulas: boolean;
  /** A formula cell became a value: the calculation chain must go. */
  formulaRemoved: boolean;
}

/** A worksheet part open for editing. */
export class SheetEdit {
  private constructor(
    readonly path: string,
    private readonly plan: SheetPlan,
    private readonly cells: SheetCells,
    private readonly notes: SheetNotes,
    private readonly styles: StyleTable,
  ) {}

  static async open(pkg: OpcPackage, path: string, plan: SheetPlan, styles: StyleTable): Promise<SheetEdit> {
    const xml = await pkg.text(path);
    if (xml === null) throw new Refusal(path, "missing");
    let cells: SheetCells;
    try {
      cells = new SheetCells(xml, rootPrefix(xml));
    } catch (e) {
      throw e instanceof Refusal ? e : new Refusal(path, "unreadable");
    }
    return new SheetEdit(path, plan, cells, await SheetNotes.open(pkg, path, xml), styles);
  }

  private at(a: string): { row: number; col: number } {
    const rc = parseAddress(a);
    if (!rc) throw new Refusal(`${this.plan.name}!${a}`, "address");
    return rc;
  }

  /** Takes off the flags of an earlier run, cell by cell, where the cell still shows our fill or note. */
  restore(): void {
    for (const k of this.plan.restore) {
      const { row, col } = this.at(k.address);
      const s = this.cells.info(row, col).s;
      if (k.ourFill !== undefined && this.styles.fillHex(s) === k.ourFill.toUpperCase()) {
        // The exact format index only while the styles are as we left them (Excel renumbers them when it saves).
        const exact = k.xf !== undefined && k.ourXf === s && this.styles.xf(k.xf) === k.xfXml ? k.xf : undefined;
        const before = exact ?? this.styles.withFill(s, keptFillXml(this.styles.p, k.fill as never), (k.font?.color as KeptColour | undefined) ?? null);
        this.cells.setStyle(row, col, before, true);
      }
      if (k.ourNote !== undefined && this.notes.text(row, col) === k.ourNote) {
        // A note without text is exceljs's reading of a shape without a comment: no note.
        const previous = k.note === undefined ? "" : typeof k.note === "string" ? k.note : (k.note.texts ?? []).map((t) => t.text).join("");
        if (k.noteXml !== undefined) this.notes.restore(row, col, k.noteXml);
        else if (previous !== "") this.notes.set(row, col, previous);
        else this.notes.restore(row, col, null);
      }
    }
  }

  /** Writes the patch's values and formulas (with their cached results). */
  write(): WriteEffects {
    const effects: WriteEffects = { formulas: false, formulaRemoved: false };
    const locked = this.cells.lockedRanges();
    const written = new Set(this.plan.writes.map((w) => address(w.row, w.col)));
    for (const w of this.plan.writes) {
      const info = this.cells.info(w.row, w.col);
      if (this.cells.isLocked(w.row, w.col, locked)) throw new Refusal(`${this.plan.name}!${address(w.row, w.col)}`, "array");
      if (info.formula?.t === "shared" && info.formula.ref !== undefined && info.formula.si !== undefined) this.unshare(info.formula.si, written);
      if (w.numberFormat && this.styles.isGeneral(info.s)) this.cells.setStyle(w.row, w.col, this.styles.withNumberFormat(info.s, w.numberFormat));
      if (w.formula !== undefined) {
        effects.formulas = true;
        this.cells.setContent(w.row, w.col, { kind: "formula", formula: w.formula, result: w.result });
      } else {
        if (info.formula) effects.formulaRemoved = true;
        this.cells.setContent(w.row, w.col, { kind: "value", value: w.value ?? null });
      }
    }
    return effects;
  }

  /** The cells that shared a written cell's formula get it as their own, or they would follow the new one. */
  private unshare(si: string, written: ReadonlySet<string>): void {
    for (const a of this.cells.sharedDependants(si)) {
      if (written.has(a)) continue;
      const formula = this.plan.formulaOf(a);
      if (formula === null) throw new Refusal(`${this.plan.name}!${a}`, "shared");
      const { row, col } = this.at(a);
      this.cells.setContent(row, col, { kind: "unshare", formula });
    }
  }

  /** Sets the flag fills and notes, keeping in each kept record the style index and note the cell had. */
  flag(): void {
    const kept = new Map(this.plan.kept.map((k) => [k.address, k]));
    const p = this.styles.p;
    // Many cells share a format and a flag colour: one new format each.
    const made = new Map<string, number>();
    for (const f of this.plan.fills) {
      const s = this.cells.info(f.row, f.col).s;
      const k = kept.get(address(f.row, f.col));
      const memo = `${s}|${f.fill}|${f.font}`;
      const ours = made.get(memo) ?? this.styles.withFill(s, f.fill === null ? null : solidFillXml(p, f.fill), f.font ?? undefined);
      made.set(memo, ours);
      if (k && k.xf === undefined) {
        k.xf = s;
        k.xfXml = this.styles.xf(s);
        k.ourXf = ours;
      }
      this.cells.setStyle(f.row, f.col, ours);
    }
    for (const n of this.plan.notes) {
      if (n.note === null) {
        this.notes.restore(n.row, n.col, null);
        continue;
      }
      const old = this.notes.set(n.row, n.col, n.note);
      const k = kept.get(address(n.row, n.col));
      if (k && old !== null && k.noteXml === undefined) k.noteXml = old;
    }
  }

  /** The worksheet XML with every change, its notes parts written. */
  finish(): Promise<string> {
    return this.notes.finish(this.cells.text());
  }
}
