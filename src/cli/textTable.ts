/** Display width of a string in a terminal: East Asian wide and fullwidth characters count 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x20000 && c <= 0x3fffd)
      ? 2
      : 1;
  }
  return w;
}

/** Cut a string to at most `width` display columns (with … when cut). */
export function fit(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/**
 * A plain-text table: columns padded by display width (so Chinese lines up), numbers right-aligned,
 * each column cut to its `max` width.
 *
 * @example
 * textTable(['customer', 'energy'], [['ann', 0.5]], { max: [12, 8] });
 */
export function textTable(header: readonly string[], rows: readonly (readonly (string | number)[])[], options: { max?: readonly number[] } = {}): string {
  const cells = rows.map((r) => r.map((c, i) => fit(typeof c === 'number' ? c.toFixed(2) : c, options.max?.[i] ?? 40)));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (s: string, i: number, right: boolean): string => {
    const gap = ' '.repeat(Math.max(0, widths[i]! - displayWidth(s)));
    return right ? gap + s : s + gap;
  };
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (r: readonly string[]): string => r.map((c, i) => pad(c, i, numeric[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
