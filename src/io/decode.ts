/**
 * Bytes → text the way a browser does it for a saved page: a byte-order mark
 * wins, then a declared charset (<meta charset>, http-equiv content type, or an
 * XML declaration) within the first 4 KB, else UTF-8. Node's TextDecoder (full
 * ICU) knows the WHATWG encodings (windows-1251, gb18030, shift_jis, …).
 */

const SNIFF_BYTES = 4096;

export function sniffCharset(bytes: Uint8Array, isHtml: boolean): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (!isHtml) return 'utf-8';
  // The head is ASCII-compatible in every encoding a <meta> can declare.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  const declared = meta?.[1]?.toLowerCase();
  if (declared && isSupported(declared)) {
    // A page served as UTF-16 can't declare it in ASCII; browsers read such a declaration as UTF-8.
    return declared.startsWith('utf-16') ? 'utf-8' : declared;
  }
  return 'utf-8';
}

function isSupported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

export function decodeBytes(bytes: Uint8Array, isHtml: boolean): string {
  const charset = sniffCharset(bytes, isHtml);
  // ignoreBOM: false (the default) strips a matching BOM.
  return new TextDecoder(charset).decode(bytes);
}

/** True for data that is clearly not text: NUL bytes in the first block. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  // UTF-16 pages legitimately contain NULs; they start with a BOM.
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return false;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
