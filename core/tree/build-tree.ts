// Rows → hierarchy: parents from codes, position where codes are missing, stand-ins for unusable codes.
import { bidangOf, levelOf, parentOf, withBidang } from "../kode/index.js";
import type { KodeLevel, Node, TableRow, Tree } from "../model.js";
import { holdsNumbers, isRepeatOf } from "./context-repeat.js";
import { markOfficeTotals } from "./opd-total.js";
import { SeenCodes } from "./seen-codes.js";
import { levelsNamed } from "./row-text.js";

const NONE: readonly KodeLevel[] = [];
/** The children of a node that has none yet: one shared (frozen) array, replaced on the first child, saves an array per leaf. */
const NO_CHILDREN = Object.freeze([]) as unknown as Node[];

/** Stands for the bidang of codes written without urusan and bidang when the sheet names none; shown without it. */
export const UNKNOWN_BIDANG = "0.00";

/**
 * Builds the tree of a classified table in one pass over its node rows; `moneyColumns` (indices) tell a
 * page-break repeat of a sub kegiatan (no money) from the same sub kegiatan written twice.
 * @example buildTree(rows).roots.map((n) => n.code) // ["1", "2"]
 */
export function buildTree(rows: TableRow[], givenBidang?: string, moneyColumns?: readonly number[]): Tree {
  const bidang = givenBidang ?? sheetBidang(rows);
  markOfficeTotals(rows);
  const nodes: Node[] = [];
  // The rows in sheet order: a node, or the earlier node a context row repeats.
  const order: (Node | { repeats: Node })[] = [];
  // Every node of a code, in sheet order: a repeat is matched against the latest first (a duplicated code keeps its own block).
  const seen = new SeenCodes();
  for (const row of rows) {
    if (row.kind !== "node") continue;
    if (row.kode?.needsBidang) row.kode = withBidang(row.kode, bidang ?? UNKNOWN_BIDANG);
    const code = row.kode?.canonical ?? null;
    const same = code ? seen.get(code) : undefined;
    const first = same ? findRepeated(row, same, moneyColumns) : undefined;
    if (first) {
      // A page break may print the empty part first: the row with the values speaks for the node.
      if (!holdsNumbers(first.row, moneyColumns) && holdsNumbers(row, moneyColumns)) [first.row.kind, first.row] = ["repeat", row];
      else row.kind = "repeat";
      order.push({ repeats: first });
      continue;
    }
    const level = (code ? levelOf(code) : row.level) ?? null;
    const node: Node = { row, level: (level ?? 0) as KodeLevel, code, parent: null, children: NO_CHILDREN, placement: "code" };
    if (code) seen.add(code, node);
    nodes.push(node);
    order.push(node);
  }
  assignStandIns(nodes);
  inferMissingLevels(nodes);
  const index = new CodeIndex(nodes);
  const levelsPresent: boolean[] = [];
  for (const n of nodes) levelsPresent[n.level] = true;
  const roots: Node[] = [];
  const stack: Node[] = [];
  let i = 0;
  for (const item of order) {
    if ("repeats" in item) {
      // Rows after a repeated context row belong under it, as under its first appearance.
      stack.length = 0;
      for (let m: Node | null = item.repeats; m; m = m.parent) stack.unshift(m);
      continue;
    }
    const n = item;
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= n.level) stack.pop();
    const positional = stack[stack.length - 1] ?? null;
    const parentLevelPresent = levelsPresent[n.level - 1] === true;
    let parentCode: string | null = null;
    let codeParent: Node | undefined;
    if (n.code && positional?.code && isDirectChild(n.code, positional.code)) codeParent = positional;
    else if (n.code && parentLevelPresent) {
      parentCode = parentOf(n.code);
      codeParent = parentCode ? index.find(parentCode, i) : undefined;
    }
    if (codeParent && codeParent !== n) {
      n.parent = codeParent;
      if (positional !== codeParent && n.placement !== "stand-in") n.placement = "out-of-place";
    } else if (positional) {
      n.parent = positional;
      if (n.placement !== "stand-in") n.placement = n.code && parentLevelPresent ? "orphan" : "position";
    } else if (n.code && parentCode && parentLevelPresent && n.placement !== "stand-in") {
      n.placement = "orphan";
    }
    if (n.parent) {
      if (n.parent.children === NO_CHILDREN) n.parent.children = [n];
      else n.parent.children.push(n);
    }
    else roots.push(n);
    stack.push(n);
    i++;
  }
  return { roots, nodes, rows, bidang };
}

/** The node of the same code that `row` repeats, the latest first; undefined when it repeats none. */
function findRepeated(row: TableRow, same: Node | readonly Node[], money?: readonly number[]): Node | undefined {
  if (!Array.isArray(same)) return isRepeatOf(row, (same as Node).row, (same as Node).level, money) ? (same as Node) : undefined;
  for (let i = same.length - 1; i >= 0; i--) {
    const n = same[i] as Node;
    if (isRepeatOf(row, n.row, n.level, money)) return n;
  }
  return undefined;
}

/** Codes enough to know a sheet's bidang. */
const BIDANG_SAMPLE = 2000;

/** The bidang most codes of the sheet belong to (from its first codes). */
function sheetBidang(rows: TableRow[]): string | null {
  const counts = new Map<string, number>();
  let seen = 0;
  for (const r of rows) {
    const c = r.kode?.canonical;
    if (!c) continue;
    if (++seen > BIDANG_SAMPLE) break;
    const b = bidangOf(c);
    if (b) counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [b, n] of counts) if (n > bestN) [best, bestN] = [b, n];
  return best;
}

/**
 * A row whose code is unusable (malformed beyond repair, or of another level than its name says)
 * stands in for the missing ancestor of the next coded row, so one typo does not orphan a subtree.
 */
function assignStandIns(nodes: Node[]): void {
  let codes: Set<string> | null = null;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as Node;
    const unusable = n.row.kode !== null && n.code === null;
    const named = unusable || n.code !== null ? levelsNamed(n.row.name) : NONE;
    const misnamed = n.code !== null && named.length > 0 && !named.includes(n.level);
    if (!unusable && !misnamed) continue;
    codes ??= new Set(nodes.map((m) => m.code).filter((c): c is string => c !== null));
    const next = nodes.slice(i + 1).find((m) => m.code !== null && m.placement !== "stand-in");
    if (!next?.code) continue;
    let wanted: number = misnamed ? (named[named.length - 1] as KodeLevel) : n.level || (n.row.kode?.level ?? 0);
    // A broken code read at the next coded row's own level (`2.13.04.2.01.0` above `2.13.04.2.01.0018`) stands in for its parent.
    if (unusable && wanted === levelOf(next.code)) wanted -= 1;
    let ancestor: string | null = next.code;
    while (ancestor && levelOf(ancestor) > wanted) ancestor = parentOf(ancestor);
    if (!ancestor || levelOf(ancestor) !== wanted || codes.has(ancestor)) continue;
    if (unusable && !compatible(n.row.kode?.raw ?? "", ancestor)) continue;
    n.code = ancestor;
    n.level = wanted as KodeLevel;
    n.placement = "stand-in";
    codes.add(ancestor);
  }
}

/** The digits of a broken code agree with the ancestor's as far as they go (2.13.04.2.01.0 ~ 2.13.04.2.01). */
function compatible(raw: string, ancestor: string): boolean {
  const digits = raw.replace(/\D/g, "");
  const want = ancestor.replace(/\D/g, "");
  return digits.startsWith(want) || want.startsWith(digits);
}

/** Rows without a code or name keyword: one with an indicator is a sub kegiatan, one without a kegiatan (below a program). */
function inferMissingLevels(nodes: Node[]): void {
  let last: Node | null = null;
  for (const n of nodes) {
    if ((n.level as number) === 0) {
      const leafish = n.row.indicator !== "";
      const below = last ? Math.min(5, last.level + 1) : 3;
      n.level = (leafish ? (last && last.level === 5 ? 5 : below) : last && last.level >= 4 ? 4 : below) as KodeLevel;
      n.placement = "position";
    }
    last = n;
  }
}

/** True when `code` is a direct child of `parent` (`1.06.04.2.01` of `1.06.04`), without cutting strings. */
function isDirectChild(code: string, parent: string): boolean {
  const oneSegmentMore = code.length > parent.length && code.charCodeAt(parent.length) === 46 && code.startsWith(parent) && code.indexOf(".", parent.length + 1) < 0;
  return oneSegmentMore || isKegiatanChild(code, parent);
}

/** The kegiatan segment `2.01` holds a dot of its own: `1.06.04.2.01` is a direct child of `1.06.04`. */
function isKegiatanChild(code: string, parent: string): boolean {
  return levelOf(parent) === 3 && levelOf(code) === 4 && code.startsWith(parent) && code.charCodeAt(parent.length) === 46;
}

/**
 * Code → row lookups for the rows whose positional parent is not their code's parent (rare, so built lazily):
 * a parent code resolves to its latest row above the child (a duplicated code keeps its own block), or to
 * its first row anywhere when the parent only comes later.
 */
class CodeIndex {
  private latest: Map<string, Node> | null = null;
  private first: Map<string, Node> | null = null;
  private upTo = 0;

  constructor(private readonly nodes: Node[]) {}

  find(code: string, before: number): Node | undefined {
    this.latest ??= new Map();
    for (; this.upTo < before; this.upTo++) {
      const m = this.nodes[this.upTo] as Node;
      if (m.code) this.latest.set(m.code, m);
    }
    const hit = this.latest.get(code);
    if (hit) return hit;
    if (!this.first) {
      this.first = new Map();
      for (const m of this.nodes) if (m.code && !this.first.has(m.code)) this.first.set(m.code, m);
    }
    return this.first.get(code);
  }
}
