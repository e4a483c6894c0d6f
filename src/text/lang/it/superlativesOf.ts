/**
 * The absolute superlative forms of an adjective (`bello` → `bellissimo`, `bellissima`, …;
 * `felice` → `felicissimo`, …; `simpatico` → `simpaticissimo`).
 *
 * @example
 * superlativesOf('bello'); // ['bellissimo', 'bellissima', 'bellissimi', 'bellissime']
 */
export function superlativesOf(adjective: string): string[] {
  const last = adjective.charAt(adjective.length - 1);
  if (last !== 'o' && last !== 'e') return [];
  let stem = adjective.slice(0, -1);
  if (stem.endsWith('i')) stem = stem.slice(0, -1); // vario → varissimo
  return ['o', 'a', 'i', 'e'].map((e) => `${stem}issim${e}`);
}
