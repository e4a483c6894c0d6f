import { describe, expect, it } from 'vitest';
import { CustomerEnergyError, InvalidInputError, InvalidOptionError, MissingOptionError } from '../../src/errors';
import { scoreCustomers } from '../../src/energy/scoreCustomers';
import { EVENT_KINDS } from '../../src/behaviour/schema';
import { scoreText } from '../../src/text/scoreText';

const NOW = '2026-03-01T00:00:00Z';
const good = { customerId: 'ok', at: '2026-02-01', kind: 'referral' };

describe('scoreCustomers: bad data is returned as issues, the rest is scored', () => {
  it.each([
    ['an NPS of 11', { customerId: 'x', at: NOW, kind: 'nps', score: 11 }, 'out-of-range', ['score']],
    ['a negative amount', { customerId: 'x', at: NOW, kind: 'purchase', amount: -20 }, 'negative-amount', ['amount']],
    ['an unparseable date', { customerId: 'x', at: '31/02/2026', kind: 'share' }, 'invalid-time', ['at']],
    ['an amount of 1e308 (would make sizes NaN)', { customerId: 'x', at: NOW, kind: 'purchase', amount: 1e308 }, 'out-of-range', ['amount']],
    ['a weight of 1e300', { customerId: 'x', at: NOW, kind: 'webinar', weight: 1e300 }, 'out-of-range', ['weight']],
    ['a day the calendar lacks', { customerId: 'x', at: '2026-02-30T10:00:00Z', kind: 'share' }, 'invalid-time', ['at']],
    ['a time without zone', { customerId: 'x', at: '2026-02-01T10:00:00', kind: 'share' }, 'time-without-zone', ['at']],
    ['no customer id', { at: NOW, kind: 'share' }, 'missing-customer-id', ['customerId']],
    ['an empty customer id', { customerId: '', at: NOW, kind: 'share' }, 'missing-customer-id', ['customerId']],
    ['a kind with no weight', { customerId: 'x', at: NOW, kind: 'hug' }, 'unknown-kind', ['kind']],
    ['a built-in kind spelled otherwise', { customerId: 'x', at: NOW, kind: 'Purchase' }, 'unknown-kind', ['kind']],
    ['a kind __proto__ with no weight', { customerId: 'x', at: NOW, kind: '__proto__' }, 'unknown-kind', ['kind']],
    ['a kind constructor with no weight', { customerId: 'x', at: NOW, kind: 'constructor' }, 'unknown-kind', ['kind']],
    ['an empty message', { customerId: 'x', at: NOW, kind: 'message', text: '  ' }, 'empty-text', ['text']],
    ['a future event', { customerId: 'x', at: '2026-03-02', kind: 'share' }, 'future-event', ['at']],
  ])('%s', (_name, record, code, path) => {
    const { readings, issues, stats } = scoreCustomers({ events: [good, record] }, { now: NOW });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'rejected', code, path, index: 1, record });
    expect(typeof issues[0]!.reason).toBe('string');
    if (record.at === '2026-02-30T10:00:00Z') expect(issues[0]!.reason).toBe('at 2026-02-30T10:00:00Z is not a day and hour of the calendar');
    if (record.kind === 'Purchase') expect(issues[0]!.reason).toContain("did you mean 'purchase'? (kinds are spelled exactly)");
    expect(readings.map((r) => r.customerId)).toEqual(['ok']);
    expect(stats.events).toEqual({ read: 2, used: 1, rejected: 1, ignored: 0 });
  });

  it('rejects a record that is not an object', () => {
    const { issues, stats } = scoreCustomers({ events: [good, null, 42, 'purchase'] }, { now: NOW });
    expect(issues.map((i) => [i.index, i.code])).toEqual([[1, 'not-an-object'], [2, 'not-an-object'], [3, 'not-an-object']]);
    expect(stats.events.read).toBe(stats.events.used + stats.events.rejected);
  });

  it('reports duplicated events (same id and time) once each, keeping the first', () => {
    const e = { customerId: 'x', id: 'ev-1', at: '2026-02-01', kind: 'complaint' };
    const { readings, issues, stats } = scoreCustomers({ events: [e, { ...e }, { ...e, at: '2026-02-02' }] }, { now: NOW });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'duplicate-event', index: 1, path: ['id'], record: e }),
    ]);
    expect(readings[0]!.counts.events).toBe(2); // the same id at another time is another event
    expect(stats.events).toEqual({ read: 3, used: 2, rejected: 1, ignored: 0 });
    // with duplicates: 'keep', all three count
    expect(scoreCustomers({ events: [e, { ...e }] }, { now: NOW, duplicates: 'keep' }).readings[0]!.counts.events).toBe(2);
  });

  it('ignores future events on request, and counts them', () => {
    const { issues, stats } = scoreCustomers({ events: [good, { ...good, at: '2027-01-01' }] }, { now: NOW, futureEvents: 'ignore' });
    expect(issues).toEqual([]);
    expect(stats.events).toEqual({ read: 2, used: 1, rejected: 0, ignored: 1 });
  });

  it('reports bad profiles and keeps the first of duplicates', () => {
    const { readings, issues, stats } = scoreCustomers(
      {
        events: [good],
        profiles: [
          { customerId: 'ok', spend: 10, segment: 'a' },
          { customerId: 'ok', spend: 99, segment: 'b' },
          { customerId: 'y', followers: -1 },
          { followers: 3 },
          7,
        ],
      },
      { now: NOW },
    );
    expect(issues.map((i) => [i.index, i.code])).toEqual([
      [1, 'profile-duplicate'],
      [2, 'profile-invalid-field'],
      [3, 'profile-missing-customer-id'],
      [4, 'profile-not-an-object'],
    ]);
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ segment: 'a', economicStrength: 10 });
    expect(stats.profiles).toEqual({ read: 5, used: 1, rejected: 4 });
  });

  it('says where a misplaced option belongs', () => {
    expect(() => scoreCustomers({ events: [] }, { now: NOW, halfLifeDays: 30 } as never)).toThrow(
      'halfLifeDays is not an option here: did you mean energy.halfLifeDays?',
    );
    expect(() => scoreCustomers({ events: [] }, { now: NOW, gap: {} } as never)).toThrow('did you mean behaviour.gap?');
  });

  it('rejects the events whose text the text reader cannot read, and scores the rest', () => {
    const texts = [
      { customerId: 'a', at: NOW, kind: 'message', text: 'boom', id: 1 },
      { customerId: 'a', at: NOW, kind: 'message', text: 'nan', id: 2 },
      { customerId: 'a', at: NOW, kind: 'message', text: 'fine', id: 3 },
      { customerId: 'a', at: NOW, kind: 'message', text: 'fine again', id: 1 }, // same id as the rejected one: not a duplicate
    ];
    const textReader = (text: string) => {
      if (text === 'boom') throw new Error('model offline');
      const reading = scoreText(text);
      return text === 'nan' ? { ...reading, energy: Number.NaN } : reading;
    };
    const { readings, issues, stats } = scoreCustomers({ events: texts }, { now: NOW, textReader });
    expect(issues.map((i) => [i.index, i.code, i.reason, i.path])).toEqual([
      [0, 'text-reader-failed', 'the text reader threw: model offline', ['text']],
      [1, 'text-reader-failed', 'the text reader returned no TextReading (finite energy and confidence, numeric traits and emotions)', ['text']],
    ]);
    expect(stats.events).toEqual({ read: 4, used: 2, rejected: 2, ignored: 0 });
    expect(readings[0]!.counts.texts).toBe(2);
    expect(Number.isFinite(readings[0]!.energy)).toBe(true);
  });

  it('rejects an event the options give an extreme or NaN weight, and a profile with more followers than people', () => {
    const review = { customerId: 'x', at: NOW, kind: 'review', rating: 5 };
    const { issues, readings } = scoreCustomers(
      { events: [good, review], profiles: [{ customerId: 'ok', followers: 1e11 }] },
      { now: NOW, behaviour: { review: [1, 1, 1, 1, 1e308] } },
    );
    expect(issues.map((i) => [i.index, i.code, i.path])).toEqual([
      [1, 'out-of-range', ['kind']],
      [0, 'profile-invalid-field', ['followers']],
    ]);
    expect(issues[0]!.reason).toBe('the options give this review a weight of 1e+308, beyond ±1000');
    expect(readings.every((r) => Number.isFinite(r.energy) && Number.isFinite(r.size))).toBe(true);
  });

  it('counts always reconcile on a mixed batch', () => {
    const events = [good, { customerId: 'x', at: NOW, kind: 'nps', score: 11 }, good, { at: NOW }, undefined];
    const { stats, issues } = scoreCustomers({ events }, { now: NOW });
    expect(stats.events.read).toBe(5);
    expect(stats.events.used + stats.events.rejected + stats.events.ignored).toBe(5);
    expect(issues).toHaveLength(stats.events.rejected);
  });
});

describe('scoreCustomers: misuse throws named errors with a code and path', () => {
  it('requires now (no hidden clock)', () => {
    const call = () => scoreCustomers({ events: [] }, {} as never);
    expect(call).toThrow(MissingOptionError);
    try {
      call();
    } catch (e) {
      expect(e).toBeInstanceOf(CustomerEnergyError);
      expect((e as CustomerEnergyError).code).toBe('E_OPTION_MISSING');
      expect((e as CustomerEnergyError).path).toEqual(['options', 'now']);
    }
    expect(() => scoreCustomers({ events: [] }, undefined as never)).toThrow(MissingOptionError);
  });

  it.each([
    [{ now: 'tomorrow' }, ['options', 'now']],
    [{ now: '2026-03-01T00:00:00' }, ['options', 'now']],
    [{ now: NOW, energy: { halfLifeDays: 0 } }, ['options', 'energy', 'halfLifeDays']],
    [{ now: NOW, energy: { alpha: -1 } }, ['options', 'energy', 'alpha']],
    [{ now: NOW, energy: { polarityThreshold: 1 } }, ['options', 'energy', 'polarityThreshold']],
    [{ now: NOW, energy: { contributions: 2.5 } }, ['options', 'energy', 'contributions']],
    [{ now: NOW, weights: { share: Number.NaN } }, ['options', 'weights', 'share']],
    [{ now: NOW, behaviour: { review: [1, 2] } }, ['options', 'behaviour', 'review']],
    [{ now: NOW, futureEvents: 'drop' }, ['options', 'futureEvents']],
    [{ now: NOW, duplicates: true }, ['options', 'duplicates']],
    [{ now: NOW, textReader: 'vader' }, ['options', 'textReader']],
    // Misspelt or misplaced options are misuse, not ignored (the call would run on the default).
    [{ now: NOW, halfLifeDays: 30 }, ['options', 'halfLifeDays']],
    [{ now: NOW, energie: { alpha: 2 } }, ['options', 'energie']],
    [{ now: NOW, weights: [1] }, ['options', 'weights']],
    [{ now: NOW, weights: null }, ['options', 'weights']],
    [{ now: NOW, behaviour: null }, ['options', 'behaviour']],
    [{ now: NOW, weights: { share: 1e308 } }, ['options', 'weights', 'share']],
    [{ now: NOW, issues: 'return' }, ['options', 'issues']], // createCustomerScorer's option
    [{ now: NOW, energy: { textWeight: 1e6 } }, ['options', 'energy', 'textWeight']],
    [{ now: NOW, energy: { size: { roleReach: { influencer: 1e300 } } } }, ['options', 'energy', 'size', 'roleReach', 'influencer']],
  ])('rejects option %j', (options, path) => {
    try {
      scoreCustomers({ events: [] }, options as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidOptionError);
      expect((e as InvalidOptionError).code).toBe('E_OPTION_INVALID');
      expect((e as InvalidOptionError).path).toEqual(path);
    }
  });

  it('requires iterable events and profiles', () => {
    expect(() => scoreCustomers({ events: 3 } as never, { now: NOW })).toThrow(InvalidInputError);
    expect(() => scoreCustomers(null as never, { now: NOW })).toThrow(InvalidInputError);
    expect(() => scoreCustomers({ events: [], profiles: {} } as never, { now: NOW })).toThrow(InvalidInputError);
  });
});

describe('scoreCustomers: hostile names', () => {
  it('keeps a kind called __proto__ as data', () => {
    const { readings } = scoreCustomers({ events: [{ customerId: '__proto__', at: NOW, kind: '__proto__', weight: 1 }] }, { now: NOW });
    expect(readings[0]!.customerId).toBe('__proto__');
    expect(Object.keys(readings[0]!.counts.byKind)).toEqual([...[...EVENT_KINDS].sort(), '__proto__']);
    expect(readings[0]!.counts.byKind['__proto__']).toBe(1);
    expect(Object.getPrototypeOf(readings[0]!.counts.byKind)).toBe(Object.prototype);
  });

  it('takes the weight of a kind called __proto__ from options.weights', () => {
    // An own key __proto__ (as JSON.parse makes it): −0.5 just now gives S = −0.5, energy = −0.5 / √(0.25 + 4).
    const weights = JSON.parse('{"__proto__": -0.5}') as Record<string, number>;
    const { readings, issues } = scoreCustomers({ events: [{ customerId: 1, at: NOW, kind: '__proto__' }] }, { now: NOW, weights });
    expect(issues).toEqual([]);
    expect(readings[0]!.energy).toBeCloseTo(-0.5 / Math.sqrt(4.25), 9);
  });
});
