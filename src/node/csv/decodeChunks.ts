import { InvalidOptionError } from '../../errors';

/** Encodings `scoreCsv` reads. `auto`: UTF-8, or UTF-16 LE/BE when the file starts with their BOM. */
export const CSV_ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk'] as const;

/** An encoding option. */
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** Which encoding the first bytes announce (a byte order mark), if any. */
export function sniffBom(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Decode a byte stream to text chunks with the WHATWG TextDecoder in streaming mode (characters
 * split across chunks are joined; a BOM is removed). `auto` sniffs the BOM of the first bytes,
 * then BOM-less UTF-16 by its zero bytes ({@link sniffUtf16}), and falls back to UTF-8; GBK / GB18030 (Chinese exports from Excel) have no BOM and must be named.
 * Invalid bytes become U+FFFD (never a throw: the row is still read, its text is what it is).
 * `onEncoding` is called once with the encoding used.
 */
export async function* decodeChunks(
  source: AsyncIterable<Uint8Array | string>,
  encoding: CsvEncoding,
  onEncoding: (name: string) => void,
): AsyncGenerator<string> {
  if (!(CSV_ENCODINGS as readonly string[]).includes(encoding)) {
    throw new InvalidOptionError(`encoding must be one of ${CSV_ENCODINGS.join(', ')}`, ['options', 'encoding']);
  }
  let decoder: TextDecoder | null = null;
  let head: Uint8Array | null = null;
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      if (decoder === null) onEncoding('utf-16 (string stream)');
      decoder ??= new TextDecoder();
      yield chunk;
      continue;
    }
    if (decoder === null) {
      // Wait for 64 bytes before deciding (a BOM can straddle tiny chunks; UTF-16 sniffing needs a few).
      head = head === null ? chunk : concat(head, chunk);
      if (head.length < 64) continue;
      decoder = open(encoding, head, onEncoding);
      const text = decoder.decode(head, { stream: true });
      head = null;
      if (text.length > 0) yield text;
      continue;
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  if (decoder === null) {
    if (head === null) {
      onEncoding(encoding === 'auto' ? 'utf-8' : encoding);
      return;
    }
    decoder = open(encoding, head, onEncoding);
    const text = decoder.decode(head, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

/**
 * UTF-16 without a BOM, recognised from its zero bytes: ASCII text in UTF-16 LE has a zero at
 * every odd byte, in BE at every even one, which UTF-8 text never has. Needs 64 bytes and a zero
 * in at least 40% of one parity and under 5% of the other (mostly-ASCII headers and ids make this
 * hold; a file of Chinese alone has few zeros and is read as UTF-8: give it a BOM or the option).
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 64) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd >= 0.4 * half && even < 0.05 * half) return 'utf-16le';
  if (even >= 0.4 * half && odd < 0.05 * half) return 'utf-16be';
  return null;
}

function open(encoding: CsvEncoding, head: Uint8Array, onEncoding: (name: string) => void): TextDecoder {
  const name = encoding === 'auto' ? (sniffBom(head) ?? sniffUtf16(head) ?? 'utf-8') : encoding;
  onEncoding(name);
  return new TextDecoder(name);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const c = new Uint8Array(a.length + b.length);
  c.set(a);
  c.set(b, a.length);
  return c;
}
