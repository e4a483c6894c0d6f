/**
 * End of the clause-mark run that starts at `i` (a `,`, or a run of `.` `!` `?` and their
 * full-width forms 。！？ and …): a comma stands alone, the others run together ("!!", "?!", "...").
 * Shared by the token path and the scan path so both cut punctuation the same way. O(run length).
 *
 * @example
 * punctRunEnd('wow!!! ok', 3, 9); // 6
 */
export function punctRunEnd(text: string, i: number, n: number): number {
  let j = i + 1;
  if (text.charCodeAt(i) === 44) return j;
  for (; j < n; j++) {
    const d = text.charCodeAt(j);
    if (d !== 46 && d !== 33 && d !== 63 && d !== 0x3002 && d !== 0xff01 && d !== 0xff1f && d !== 0x2026) break;
  }
  return j;
}
