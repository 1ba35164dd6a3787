// Escapes text for HTML: every cell text, name, message and file name goes through here before it reaches a page.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/g;

/**
 * Escapes `& < > " '` so that the text is safe both as element content and inside a quoted attribute value.
 * @example escapeHtml('<img src=x onerror=alert(1)>') // "&lt;img src=x onerror=alert(1)&gt;"
 */
export function escapeHtml(text: string | number): string {
  return String(text).replace(SPECIAL, (ch) => ENTITIES[ch] ?? ch);
}
