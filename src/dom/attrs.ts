/**
 * Which of the attributes the segmenter reads an element carries, as a bit mask
 * from one getAttributeNames() call.
 *
 * Why: an element with a class (most elements that have attributes at all) was
 * asked for class, hidden, aria-hidden, style and itemprop, and a container for
 * role, itemprop, class and id again: each a DOM call that scans the element's
 * attributes, most of them answering null. With the mask the walk asks only for
 * the attributes that are there.
 *
 * Names are compared exactly, as getAttribute compares them on an HTML
 * element (the parser lower-cases them); a name that getAttribute would not
 * find ('xlink:href', an upper-case name set through setAttributeNS) is not in
 * the mask either.
 */
export const A_CLASS = 1;
export const A_ID = 2;
export const A_HIDDEN = 4;
export const A_ARIA_HIDDEN = 8;
export const A_STYLE = 16;
export const A_ITEMPROP = 32;
export const A_REL = 64;
export const A_DATETIME = 128;
export const A_HREF = 256;
export const A_ROLE = 512;
export const A_OPEN = 1024;
/** Any attribute may be there: ask for each (callers that did not read the mask). */
export const A_ANY = 2047;

/** The mask of el's attributes (0 for an element without any). */
export function attributeMask(el: Element): number {
  const names = el.getAttributeNames();
  let mask = 0;
  for (let i = 0; i < names.length; i++) mask |= bitOf(names[i]);
  return mask;
}

function bitOf(name: string): number {
  switch (name) {
    case 'class':
      return A_CLASS;
    case 'id':
      return A_ID;
    case 'hidden':
      return A_HIDDEN;
    case 'aria-hidden':
      return A_ARIA_HIDDEN;
    case 'style':
      return A_STYLE;
    case 'itemprop':
      return A_ITEMPROP;
    case 'rel':
      return A_REL;
    case 'datetime':
      return A_DATETIME;
    case 'href':
      return A_HREF;
    case 'role':
      return A_ROLE;
    case 'open':
      return A_OPEN;
    default:
      return 0;
  }
}
