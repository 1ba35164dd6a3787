// The part of Office.js the adapter uses, as structural types: Excel's own objects fit them (main.ts checks that
// at compile time), and so do office-addin-mock objects and the scripted host of the browser test.

/** One value of a 2-D values/formulas array; `null` in a write leaves the cell as it is. */
export type XlCell = string | number | boolean | null;

export interface XlCellProperties {
  format?: { fill?: { color?: string; pattern?: string }; font?: { color?: string; bold?: boolean } };
}

export interface XlRangeFill {
  color: string;
  clear(): void;
}

export interface XlRangeFont {
  color: string;
  bold: boolean;
}

export interface XlRangeBorder {
  style: string;
}

export interface XlRangeFormat {
  fill: XlRangeFill;
  font: XlRangeFont;
  columnWidth: number;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  borders: { getItem(index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal"): XlRangeBorder };
}

export interface XlRangeAreas {
  isNullObject: boolean;
  /** `Sheet1!A1:B2, Sheet1!D4:F4`. */
  address: string;
  load(propertyNames: string | string[]): XlRangeAreas;
}

export interface XlClientResult<T> {
  value: T;
}

export interface XlRange {
  isNullObject: boolean;
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  values: XlCell[][];
  formulas: XlCell[][];
  numberFormat: (string | null)[][];
  format: XlRangeFormat;
  load(propertyNames: string | string[]): XlRange;
  getCellProperties(options: { format: { fill?: { color?: boolean; pattern?: boolean }; font?: { color?: boolean; bold?: boolean } } }): XlClientResult<XlCellProperties[][]>;
  getMergedAreasOrNullObject(): XlRangeAreas;
  select(): void;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  merge(across?: boolean): void;
}

export interface XlNote {
  isNullObject: boolean;
  content: string;
  load(propertyNames: string | string[]): XlNote;
  delete(): void;
}

export interface XlNoteCollection {
  add(cellAddress: string, content: string): XlNote;
  getItemOrNullObject(key: string): XlNote;
}

export interface XlComment {
  id: string;
  content: string;
  load(propertyNames: string | string[]): XlComment;
  delete(): void;
  getLocation(): XlRange;
}

export interface XlCommentCollection {
  items: XlComment[];
  load(propertyNames: string | string[]): XlCommentCollection;
  add(cellAddress: string, content: string): XlComment;
  getItem(commentId: string): XlComment;
}

export interface XlWorksheet {
  isNullObject: boolean;
  id: string;
  name: string;
  visibility: string;
  load(propertyNames: string | string[]): XlWorksheet;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  activate(): void;
  delete(): void;
  freezePanes: { freezeRows(count?: number): void };
  /** ExcelApi 1.18. */
  notes: XlNoteCollection;
}

export interface XlWorksheetCollection {
  items: XlWorksheet[];
  load(propertyNames: string | string[]): XlWorksheetCollection;
  getActiveWorksheet(): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorkbook {
  worksheets: XlWorksheetCollection;
  /** ExcelApi 1.10. */
  comments: XlCommentCollection;
}

export interface XlContext {
  workbook: XlWorkbook;
  sync(): Promise<void>;
}

/** `Excel.run` as the adapter calls it. */
export type XlRun = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;
