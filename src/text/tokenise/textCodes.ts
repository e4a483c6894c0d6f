import { DETECT_SAMPLE } from '../engine/detectInternals';

const encoder = new TextEncoder();
/** Reused code buffer; let go after a long text like the Scan's arrays. */
let codes = new Uint8Array(1024);
/** The text `codes` holds (script check and scan of one call share one copy) and whether it is all ASCII. */
let codesText: string | undefined;
let codesAscii = false;

/**
 * The text's UTF-16 units as bytes for the scanner's hot loops: an ASCII unit as itself, any
 * other unit as 128 (the scanner only tells ASCII characters apart; everything else goes to
 * tokeniseSpaced's step, which reads the text), then two 0 bytes past the end. An ASCII text is
 * copied by one native encodeInto (measured: reading a typed array instead of charCodeAt on a
 * sliced string took 7% off the scan). Reused by the next call. O(n).
 *
 * @example
 * codesOf('ok 😀')[3]; // 128
 */
export function codesOf(text: string): Uint8Array {
  if (text === codesText) return codes;
  const n = text.length;
  if (codes.length < n + 2 || (codes.length > 65536 && n + 2 <= 1024)) codes = new Uint8Array(Math.max(1024, n + 2));
  const done = encoder.encodeInto(text, codes);
  codesAscii = done.read === n && done.written === n;
  codesText = n <= DETECT_SAMPLE ? text : undefined; // a long text is not kept alive for the next call
  if (!codesAscii) {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      codes[i] = c < 128 ? c : 128;
    }
  }
  codes[n] = 0;
  codes[n + 1] = 0;
  return codes;
}

/**
 * scriptOf's answer for an all-ASCII text within the detection sample, read from the code buffer
 * (`spaced` with some ASCII letter, else `none`), or undefined for any other text (scriptOf
 * decides). The buffer is then already made for the scan (measured: scriptOf's two regular
 * expressions were 3% of an English scoreText). O(n).
 *
 * @example
 * asciiScript('great :)'); // 'spaced'
 * asciiScript('café'); // undefined
 */
export function asciiScript(text: string): 'spaced' | 'none' | undefined {
  if (text.length > DETECT_SAMPLE) return undefined;
  const c = codesOf(text);
  if (!codesAscii) return undefined;
  for (let i = 0; i < text.length; i++) {
    const x = (c[i] as number) | 0x20;
    if (x >= 97 && x <= 122) return 'spaced';
  }
  return 'none';
}
