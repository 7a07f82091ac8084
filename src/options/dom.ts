/** Small DOM helpers for the options page (text only, never HTML strings). */

export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`options page: #${id} is missing`);
  return el as T;
};

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.text !== undefined) e.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

export function button(text: string, onClick: () => void, label?: string): HTMLButtonElement {
  const b = h('button', { text, attrs: { type: 'button' } });
  // A visible label shared by many rows ("Remove") gets an accessible name that says which row.
  if (label) b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

let statusTimer: ReturnType<typeof setTimeout> | undefined;
export function announce(text: string): void {
  const status = byId('status');
  status.textContent = text;
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => (status.textContent = ''), 4000);
}

/** Show a list, or its "empty" note when there is nothing in it. */
export function fillList(listId: string, emptyId: string, items: HTMLElement[]): void {
  byId(listId).replaceChildren(...items);
  byId(listId).hidden = items.length === 0;
  byId(emptyId).hidden = items.length > 0;
}
