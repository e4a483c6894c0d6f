import { describe, expect, it } from 'vitest';
import { CustomerEnergyError, InvalidOptionError } from '../../src/errors';
import { energyTrend } from '../../src/energy/energyTrend';
import { createRng } from '../../src/random/createRng';
import { ENERGY_DEFAULTS } from '../../src/energy/defaults';
import { mergeOverrides } from '../../src/mergeOverrides';
import { resolveScoreOptions } from '../../src/energy/resolveScoreOptions';
import { scoreCustomers } from '../../src/energy/scoreCustomers';

const now = '2026-03-03T00:00:00Z';

/** The InvalidOptionError a call throws (fails the test when it does not throw one). */
function optionError(f: () => unknown): InvalidOptionError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidOptionError);
    return e as InvalidOptionError;
  }
  throw new Error('expected an InvalidOptionError');
}

describe('partial overrides of nested defaults', () => {
  it('keeps the defaults beside an overridden key, at every depth', () => {
    const o = resolveScoreOptions({ now, energy: { size: { economicShare: 0.8 } }, behaviour: { response: { neutralMinutes: 30 } } });
    expect(o.energy.size.economicShare).toBe(0.8);
    expect(o.energy.size.roleReach).toEqual(ENERGY_DEFAULTS.size.roleReach);
    expect(o.behaviour.response).toEqual({ neutralMinutes: 30, fastGain: 0.5, slowFloor: -1.5 });
    expect(ENERGY_DEFAULTS.size.economicShare).toBe(0.5); // defaults untouched
  });

  it('a partial size still sizes profiles by role (it used to crash on the missing roleReach)', () => {
    // One customer, so its size is 1 whatever the share: economic and social parts both average 1.
    const { readings } = scoreCustomers(
      { events: [{ customerId: 1, at: now, kind: 'referral' }], profiles: [{ customerId: 1, followers: 10, role: 'member' }] },
      { now, energy: { size: { economicShare: 0.8 } } },
    );
    expect(readings[0]!.size).toBe(1);
  });

  it('a partial response curve moves only what is given: 30 min at a 30-min neutral point weighs 0', () => {
    // w(m) = fastGain × (1 − log2(1 + m / neutral)) = 0.5 × (1 − log2 2) = 0, so energy 0.
    const { readings } = scoreCustomers(
      { events: [{ customerId: 1, at: now, kind: 'response', minutes: 30 }] },
      { now, behaviour: { response: { neutralMinutes: 30 } } },
    );
    expect(readings[0]!.energy).toBe(0);
  });

  it('rejects a misspelt key, with its path and the known keys', () => {
    const e = optionError(() => resolveScoreOptions({ now, energy: { halfLifeDay: 30 } as never }));
    expect(e.code).toBe('E_OPTION_INVALID');
    expect(e.path).toEqual(['options', 'energy', 'halfLifeDay']);
    expect(e.message).toContain('halfLifeDays');
    expect(optionError(() => resolveScoreOptions({ now, energy: { size: { roles: {} } } as never })).path).toEqual(['options', 'energy', 'size', 'roles']);
  });

  it('rejects weights under behaviour (they are options.weights), non-finite numbers and wrong lists', () => {
    expect(optionError(() => resolveScoreOptions({ now, behaviour: { weights: { referral: -1 } } as never })).path).toEqual(['options', 'behaviour', 'weights']);
    expect(optionError(() => resolveScoreOptions({ now, behaviour: { gap: { perDay: Number.NaN } } })).path).toEqual(['options', 'behaviour', 'gap', 'perDay']);
    expect(optionError(() => resolveScoreOptions({ now, behaviour: { review: [1, 2] } })).path).toEqual(['options', 'behaviour', 'review']);
    expect(optionError(() => resolveScoreOptions({ now, energy: { size: 3 } as never })).path).toEqual(['options', 'energy', 'size']);
  });

  it('mergeOverrides: the example of its JSDoc', () => {
    expect(mergeOverrides({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 4 } }, ['options'])).toEqual({ a: 1, b: { c: 2, d: 4 } });
    expect(optionError(() => mergeOverrides({ a: 1 }, { aa: 2 }, ['options'])).message).toBe('options.aa is not an option (known: a)');
  });
});

describe('options of any shape (seeded)', () => {
  it('give a result or a named error with a code, never another error', () => {
    const rng = createRng(3);
    const pick = <T>(a: readonly T[]): T => a[rng.nextUint32() % a.length]!;
    const values: unknown[] = [
      undefined, null, 0, -1, 1, 0.5, 2, 1e9, Number.NaN, Infinity, '', 'x', 'week', true, {}, [], [1, 2],
      '2026-03-01T00:00:00Z', '2026-02-30', new Date(Number.NaN), () => 1, () => null, 'reject', Symbol('s'),
    ];
    const keys = ['now', 'weights', 'behaviour', 'energy', 'textReader', 'textOptions', 'duplicates', 'futureEvents', 'every', 'windows', 'segmentOf', 'halfLifeDays', 'bogus'];
    const nested = ['contributions', 'alpha', 'polarityThreshold', 'excerptLength', 'textWeight', 'size', 'economicShare', 'roleReach', 'purchase', 'gap', 'contactRepeat', 'review', 'response', 'language'];
    const events = [
      { customerId: 'a', at: '2026-02-01T10:00:00Z', kind: 'purchase', amount: 10 },
      { customerId: 'a', at: '2026-02-02T10:00:00Z', kind: 'review', rating: 2, text: 'slow and rude' },
      { customerId: 'b', at: '2026-02-03', kind: 'contact', orderId: 5 },
    ];
    const other: string[] = [];
    for (let n = 0; n < 3000; n++) {
      const options: Record<string, unknown> = { now: rng.nextUint32() % 4 ? '2026-03-01T00:00:00Z' : pick(values) };
      const depth = rng.nextUint32() % 3;
      options[pick(keys)] = depth === 0 ? pick(values) : depth === 1 ? { [pick(nested)]: pick(values) } : { [pick(nested)]: { [pick(nested)]: pick(values) } };
      for (const call of [() => scoreCustomers({ events }, options as never), () => energyTrend({ events }, options as never)]) {
        try {
          call();
        } catch (e) {
          if (!(e instanceof CustomerEnergyError && typeof e.code === 'string')) other.push(String(e));
        }
      }
    }
    expect(other).toEqual([]);
  });
});
