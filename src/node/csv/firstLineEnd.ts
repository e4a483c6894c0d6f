/**
 * Index of the first line break in `text`, LF or CR (a CRLF pair counts from its CR), or -1.
 * The CSV readers take the first line's end from here, so a file whose lines end in a lone CR (as
 * old Mac Excel exports do) has a header line like any other. O(length up to the break).
 * @internal
 * @example
 * firstLineEnd('id,text\r1,ok\r'); // 7
 */
export function firstLineEnd(text: string): number {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  return cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
}
