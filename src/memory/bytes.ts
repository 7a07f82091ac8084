/**
 * The bytes under the memory's compact format: a growable writer and a
 * bounds-checked reader (LEB128 varints, little-endian u32, UTF-8 strings),
 * base64 without platform helpers (the same code in Node, the service worker
 * and the options page), and a checksum. A reader that runs off the end or
 * meets an impossible value throws `CorruptData`, never returns garbage.
 */
import { fnv1a } from '../engine/normalize';

export class CorruptData extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptData';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export class ByteWriter {
  private buf: Uint8Array;
  length = 0;

  constructor(initial = 1024) {
    this.buf = new Uint8Array(Math.max(16, initial));
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** Unsigned integer up to 2^53, 7 bits a byte. */
  varint(n: number): void {
    if (!(n >= 0) || !Number.isSafeInteger(n)) throw new RangeError(`varint out of range: ${n}`);
    this.room(8);
    while (n >= 0x80) {
      this.buf[this.length++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.length++] = n;
  }

  u32(n: number): void {
    this.room(4);
    const b = this.buf;
    b[this.length++] = n & 0xff;
    b[this.length++] = (n >>> 8) & 0xff;
    b[this.length++] = (n >>> 16) & 0xff;
    b[this.length++] = (n >>> 24) & 0xff;
  }

  u32s(values: Uint32Array, count: number): void {
    this.room(count * 4);
    for (let i = 0; i < count; i++) this.u32(values[i] as number);
  }

  string(s: string): void {
    const bytes = encoder.encode(s);
    this.varint(bytes.length);
    this.room(bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

export class ByteReader {
  pos = 0;

  constructor(private readonly buf: Uint8Array, private readonly end = buf.length) {}

  get done(): boolean {
    return this.pos >= this.end;
  }

  varint(): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      if (this.pos >= this.end) throw new CorruptData('truncated number');
      const b = this.buf[this.pos++] as number;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
    throw new CorruptData('number too long');
  }

  /** A count that must fit in what is left (each item at least `minBytes`). */
  count(minBytes: number): number {
    const n = this.varint();
    if (n * minBytes > this.end - this.pos) throw new CorruptData(`count ${n} exceeds the data`);
    return n;
  }

  u32(): number {
    if (this.pos + 4 > this.end) throw new CorruptData('truncated word');
    const b = this.buf;
    const p = this.pos;
    this.pos += 4;
    return ((b[p] as number) | ((b[p + 1] as number) << 8) | ((b[p + 2] as number) << 16) | ((b[p + 3] as number) << 24)) >>> 0;
  }

  u32s(count: number): Uint32Array {
    if (this.pos + count * 4 > this.end) throw new CorruptData('truncated table');
    const out = new Uint32Array(count);
    for (let i = 0; i < count; i++) out[i] = this.u32();
    return out;
  }

  string(maxBytes = 1 << 20): string {
    const n = this.varint();
    if (n > maxBytes || this.pos + n > this.end) throw new CorruptData('truncated text');
    let s: string;
    try {
      s = decoder.decode(this.buf.subarray(this.pos, this.pos + n));
    } catch {
      throw new CorruptData('text is not UTF-8');
    }
    this.pos += n;
    return s;
  }
}

/** FNV-1a over bytes (the payload checksum). */
export function checksum(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i] as number;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const textHash = (s: string): number => fnv1a(s);

// --- base64 --------------------------------------------------------------------

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) CODES[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes: number[] = [];
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
      codes.push(ALPHABET.charCodeAt(n >>> 18), ALPHABET.charCodeAt((n >>> 12) & 63), ALPHABET.charCodeAt((n >>> 6) & 63), ALPHABET.charCodeAt(n & 63));
    }
    if (i < end) {
      const rest = end - i;
      const n = ((bytes[i] as number) << 16) | (rest > 1 ? (bytes[i + 1] as number) << 8 : 0);
      codes.push(ALPHABET.charCodeAt(n >>> 18), ALPHABET.charCodeAt((n >>> 12) & 63), rest > 1 ? ALPHABET.charCodeAt((n >>> 6) & 63) : 61, 61);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export function fromBase64(s: string): Uint8Array {
  if (typeof s !== 'string' || s.length % 4 !== 0) throw new CorruptData('not base64');
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const last = i + 4 === s.length;
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = s.charCodeAt(i + k);
      if (c === 61 && last && k >= 4 - pad) {
        n <<= 6;
        continue;
      }
      const v = c < 128 ? (CODES[c] as number) : 255;
      if (v === 255) throw new CorruptData('not base64');
      n = (n << 6) | v;
    }
    out[o++] = (n >>> 16) & 255;
    if (o < out.length) out[o++] = (n >>> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
