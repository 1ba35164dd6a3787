// Where a command writes: standard output and standard error, replaceable in tests.
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** True when `out` is a terminal (an HTML page is not written there); absent in tests. */
  outIsTerminal?: boolean;
}
