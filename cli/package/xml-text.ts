// Small string-level XML helpers for editing parts in place: escaping, attributes, and finding elements by name.

/** Text escaped for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The text of an escaped XML string (the five named entities and numeric references). */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Characters XML 1.0 does not allow, removed from text we write. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/** The inside of a start tag, quote-aware (an attribute value may hold `>`, as in formatCode="[>=1000]0"). */
export const TAG_BODY = `(?:[^>"']|"[^"]*"|'[^']*')*`;

/** The start tag at the beginning of an element. */
export function startTag(element: string): string {
  return new RegExp(`^<${TAG_BODY}>`).exec(element)?.[0] ?? element;
}

/** The value of attribute `name` in an element's start tag, unescaped; undefined when absent. */
export function attr(element: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/:/g, "\\:")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(startTag(element));
  if (!m) return undefined;
  return unescapeXml(m[2] ?? m[3] ?? "");
}

/**
 * The element (or start tag) with attribute `name` of its start tag set to `value` (replaced in place, or added at
 * the end of the start tag), or removed when value is null. Only the start tag changes.
 */
export function setAttr(element: string, name: string, value: string | null): string {
  const tag = startTag(element);
  const rest = element.slice(tag.length);
  const re = new RegExp(`\\s${name.replace(/:/g, "\\:")}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (value === null) return tag.replace(re, "") + rest;
  const pair = ` ${name}="${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, pair) + rest;
  return tag.replace(/\s*(\/?>)$/, `${pair}$1`) + rest;
}

/** An element found in a text: where it starts and ends, its start tag, and its content (null for `<x/>`). */
export interface Found {
  start: number;
  end: number;
  tag: string;
  inner: string | null;
  /** Offset of the content in the text (end of the start tag). */
  innerStart: number;
}

/** Escapes a string for use in a RegExp. */
export const reEscape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The first element `<name …>` at or after `from` (name with its prefix, e.g. `x:c` or `c`). Elements of the
 * same name may not nest (true for the SpreadsheetML elements edited here).
 * @example findElement(xml, "sheetData")?.inner
 */
export function findElement(text: string, name: string, from = 0): Found | null {
  const open = new RegExp(`<${reEscape(name)}(?=[\\s/>])${TAG_BODY}>`, "g");
  open.lastIndex = from;
  const m = open.exec(text);
  if (!m) return null;
  const tag = m[0];
  const innerStart = m.index + tag.length;
  if (tag.endsWith("/>")) return { start: m.index, end: innerStart, tag, inner: null, innerStart };
  const close = `</${name}>`;
  const at = text.indexOf(close, innerStart);
  if (at < 0) return null;
  return { start: m.index, end: at + close.length, tag, inner: text.slice(innerStart, at), innerStart };
}

/** Every element `<name …>` in a text, in order. */
export function findElements(text: string, name: string): Found[] {
  const out: Found[] = [];
  let from = 0;
  for (;;) {
    const f = findElement(text, name, from);
    if (!f) return out;
    out.push(f);
    from = f.end;
  }
}

/** The text with [start, end) replaced. */
export const splice = (text: string, start: number, end: number, put: string): string => text.slice(0, start) + put + text.slice(end);

/** The namespace prefix (with its colon, or "") of the root element of a part, e.g. "x:" for `<x:worksheet …>`. */
export function rootPrefix(xml: string): string {
  const m = /<(?![?!])([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*/.exec(xml);
  return m?.[1] ?? "";
}

/** The text with `put` inserted right before its last `close` tag (whatever follows that tag stays). */
export function beforeLast(text: string, close: string, put: string): string {
  const at = text.lastIndexOf(close);
  if (at < 0) throw new RangeError(`no ${close}`);
  return text.slice(0, at) + put + text.slice(at);
}
