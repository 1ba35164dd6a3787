// The meaning-preserving transformations of issue 11 item 5, by id: each returns the changed sheet, or null where it does not apply.
import { headerSynonyms } from "./header-synonyms.js";
import { headerOver } from "./render-header.js";
import { insertUnrelated, joinKode, numberingOverKode, numberPrograms, programTargetColumn, reorderColumns, splitKode } from "./column-transforms.js";
import { lineBreaksInTargets, numbersAsNumbers, numbersAsText } from "./cell-transforms.js";
import { blankRows, contextRows, pageBreakRepeat, pageBreakWithKegiatan, titleRows } from "./row-transforms.js";
import type { Sheet } from "./sheet.js";

export interface Transform {
  id: string;
  apply: (s: Sheet) => Sheet | null;
  /** The sheet may already be in this form (Indonesian number text, a two-row header): the result may equal it. */
  mayKeep?: true;
}

export const TRANSFORMS: readonly Transform[] = [
  { id: "header-synonyms", apply: headerSynonyms },
  { id: "columns-reordered", apply: reorderColumns },
  { id: "kode-joined", apply: joinKode },
  { id: "kode-split", apply: splitKode },
  { id: "numbering-over-kode", apply: (s) => (s.numbered ? numberingOverKode(splitKode(s) ?? s) : null) },
  { id: "unrelated-columns", apply: insertUnrelated },
  { id: "program-target-column", apply: programTargetColumn },
  { id: "context-rows", apply: contextRows },
  { id: "page-break-repeat", apply: pageBreakRepeat },
  { id: "page-break-kegiatan", apply: pageBreakWithKegiatan },
  { id: "numbers-as-numbers", apply: numbersAsNumbers },
  { id: "numbers-as-id-text", apply: numbersAsText("id"), mayKeep: true },
  { id: "numbers-as-en-text", apply: numbersAsText("en"), mayKeep: true },
  { id: "title-rows", apply: titleRows },
  { id: "blank-rows", apply: blankRows },
  { id: "header-1-row", apply: (s) => headerOver(s, 1), mayKeep: true },
  { id: "header-2-rows", apply: (s) => headerOver(s, 2), mayKeep: true },
  { id: "header-3-rows", apply: (s) => headerOver(s, 3), mayKeep: true },
  { id: "no-column", apply: numberPrograms },
  { id: "line-breaks", apply: lineBreaksInTargets },
];

/** A transformation by id (throws on a typo). */
export function transformById(id: string): Transform {
  const t = TRANSFORMS.find((x) => x.id === id);
  if (!t) throw new Error(`no transformation ${id}`);
  return t;
}
