// Counts the batch calls one server call makes on ranges, so that results can say what they cost.
import type { CallCount } from "../shared/api.js";

/** A tally of batch range calls: on the checked sheet, and on the `_renja_flags` bookkeeping sheet. */
export class Calls {
  sheet = 0;
  store = 0;

  /** Runs one batch call on the checked sheet and counts it. */
  onSheet<T>(call: () => T): T {
    this.sheet++;
    return call();
  }

  /** Runs one batch call on the bookkeeping sheet and counts it. */
  onStore<T>(call: () => T): T {
    this.store++;
    return call();
  }

  /** Every batch call so far, on either sheet. */
  total(): number {
    return this.sheet + this.store;
  }

  count(): CallCount {
    return { sheet: this.sheet, store: this.store };
  }
}
