// Progress reports from the adapter to the pane while a large sheet is read or written.

export interface Progress {
  phase: "read" | "write" | "prepare";
  /** Rows done so far (sheet rows for reads, patch rows for writes). */
  done: number;
  total: number;
}

export type OnProgress = (p: Progress) => void;

export const noProgress: OnProgress = () => undefined;
