import { flatString } from './flatString';

const DAY = 86_400_000;
/** '00'..'99' and '000'..'999': the pieces of a time, built once. */
const P2: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));
const P3: readonly string[] = Array.from({ length: 1000 }, (_, i) => (i < 10 ? `00${i}` : i < 100 ? `0${i}` : `${i}`));

/** 'YYYY-MM-DDT' of a day since the epoch, or undefined outside years 1000..9999. */
function dayHead(days: number): string | undefined {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y < 1000 || y > 9999 ? undefined : `${y}-${P2[m]!}-${P2[d]!}T`;
}

/**
 * `new Date(ms).toISOString()`, several times faster and as one flat string (it runs for every
 * contribution of every reading): days to civil date after Howard Hinnant's `civil_from_days`,
 * remembered per day in `days` when given (a reading's dates share few days), time of day from
 * tables. Years outside 1000..9999 and fractional ms fall back to `toISOString`. O(1).
 *
 * @example
 * formatIso(0); // '1970-01-01T00:00:00.000Z'
 */
export function formatIso(ms: number, days?: Map<number, string>): string {
  if (!Number.isInteger(ms)) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY);
  let head = days?.get(day);
  if (head === undefined) {
    head = dayHead(day);
    if (head === undefined) return new Date(ms).toISOString();
    days?.set(day, head);
  }
  let rest = ms - day * DAY;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const min = Math.floor(rest / 60_000);
  rest -= min * 60_000;
  const s = Math.floor(rest / 1000);
  return flatString(head + P2[h]! + ':' + P2[min]! + ':' + P2[s]! + '.' + P3[rest - s * 1000]! + 'Z');
}
