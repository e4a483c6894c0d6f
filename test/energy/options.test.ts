import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors';
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
