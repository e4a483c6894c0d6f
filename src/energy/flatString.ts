/**
 * The same string, flat. V8 builds a concatenation of 13 characters or more as a tree of parts
 * ("cons string") and flattens it only when it is read; a string that outlives its call (a label,
 * a date in a reading) is cheaper to keep, copy and collect flat: one object instead of a tree.
 * Reading one character flattens it in place. Other engines: a no-op. O(length).
 *
 * @example
 * const label = flatString(`repeat purchase (${amount}) of order ${orderId}`);
 */
export function flatString(s: string): string {
  s.charCodeAt(0);
  return s;
}
