// Where a command writes: standard output and standard error, replaceable in tests.
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}
