// A tiny HTML well-formedness checker for the report tests: balanced tags, known tags and attributes, escaped text.

/** Elements the report may contain; anything else (an `<img>` from a cell, say) fails the check. */
const ALLOWED = new Set([
  "html", "head", "meta", "link", "title", "style", "body", "header", "main", "footer", "section", "h1", "h2", "h3", "p", "a",
  "time", "table", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td", "span", "b", "code", "div", "fieldset",
  "legend", "label", "input", "select", "option", "button", "noscript", "dl", "dt", "dd", "ul", "li", "script",
]);
const VOID = new Set(["meta", "link", "input", "col"]);
const ATTRIBUTE = /\s+([a-z-]+)(?:="([^"]*)")?/gy;

export interface HtmlShape {
  /** Tag names in document order (opening tags only). */
  tags: string[];
  /** The text outside tags, style and script (a space for every tag), with entities left as written. */
  text: string;
  /** Every attribute name seen. */
  attributes: Set<string>;
}

/**
 * Parses the page's tags and throws on anything a careful escaper would never produce: unbalanced or unknown tags,
 * event-handler attributes, raw `< > " '` in text, or an `&` that does not start one of the five entities.
 */
export function checkHtml(html: string): HtmlShape {
  if (!html.startsWith("<!DOCTYPE html>\n")) throw new Error("no doctype");
  const body = html.slice("<!DOCTYPE html>\n".length).replace(/<(style|script)>[\s\S]*?<\/\1>/g, "<$1></$1>");
  const stack: string[] = [];
  const tags: string[] = [];
  const attributes = new Set<string>();
  let text = "";
  let at = 0;
  for (const m of body.matchAll(/<(\/?)([a-z][a-z0-9]*)([^<>]*)>/g)) {
    text += `${body.slice(at, m.index)} `;
    at = m.index + m[0].length;
    const [, slash, name = "", attrs = ""] = m;
    if (!ALLOWED.has(name)) throw new Error(`unexpected element <${name}>`);
    if (slash) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? "nothing"}>`);
      continue;
    }
    ATTRIBUTE.lastIndex = 0;
    let consumed = 0;
    for (let a = ATTRIBUTE.exec(attrs); a; a = ATTRIBUTE.exec(attrs)) {
      const attr = a[1] ?? "";
      if (attr.startsWith("on")) throw new Error(`event handler attribute ${attr}`);
      checkText(a[2] ?? "", `attribute ${attr} of <${name}>`);
      attributes.add(attr);
      consumed = ATTRIBUTE.lastIndex;
    }
    if (attrs.slice(consumed).trim() !== "") throw new Error(`malformed attributes in <${name}${attrs}>`);
    tags.push(name);
    if (!VOID.has(name)) stack.push(name);
  }
  text += body.slice(at);
  if (stack.length > 0) throw new Error(`unclosed ${stack.join(", ")}`);
  checkText(text, "text");
  return { tags, text, attributes };
}

function checkText(s: string, where: string): void {
  const raw = /[<>"']/.exec(s);
  if (raw) throw new Error(`raw ${raw[0]} in ${where}: …${s.slice(Math.max(0, raw.index - 30), raw.index + 30)}…`);
  const amp = /&(?!(amp|lt|gt|quot|#39);)/.exec(s);
  if (amp) throw new Error(`bare & in ${where}: …${s.slice(Math.max(0, amp.index - 30), amp.index + 30)}…`);
}

/** Undoes the five entities of escapeHtml, for comparing rendered text with the input. */
export function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, n: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[n] ?? "");
}
