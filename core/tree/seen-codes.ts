// The nodes of each code seen so far, for telling a repeated row: while codes only grow (sheet order), no lookup table is built.
import type { Node } from "../model.js";

/**
 * Nodes by code, in sheet order. A code greater than every code before it cannot have been seen, so a
 * sheet whose codes all come in order never hashes one; the first code that does not grow builds the table.
 * @example const seen = new SeenCodes(); seen.add("1.06", node); seen.get("1.06") // node
 */
export class SeenCodes {
  private greatest = "";
  private readonly codes: string[] = [];
  private readonly nodes: Node[] = [];
  private byCode: Map<string, Node | Node[]> | null = null;

  /** The earlier node(s) of `code`, the latest last; undefined when the code is new. */
  get(code: string): Node | readonly Node[] | undefined {
    if (this.byCode === null) {
      if (code > this.greatest) return undefined;
      this.byCode = new Map();
      for (let i = 0; i < this.codes.length; i++) this.put(this.codes[i] as string, this.nodes[i] as Node);
    }
    return this.byCode.get(code);
  }

  add(code: string, node: Node): void {
    if (code > this.greatest) this.greatest = code;
    if (this.byCode !== null) this.put(code, node);
    else {
      this.codes.push(code);
      this.nodes.push(node);
    }
  }

  /** Most codes appear once: their node stands alone, a list is made only for a code seen twice. */
  private put(code: string, node: Node): void {
    const byCode = this.byCode as Map<string, Node | Node[]>;
    const same = byCode.get(code);
    if (!same) byCode.set(code, node);
    else if (Array.isArray(same)) same.push(node);
    else byCode.set(code, [same, node]);
  }
}
