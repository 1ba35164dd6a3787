// The sidebar's page lookups; elements are built with the shared `h` (ui-shared/dom.ts), text as text nodes.

/** The element with an id, which the page must have. */
export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`sidebar: #${id} is missing`);
  return node as T;
}
