import { describe, expect, it } from 'vitest';
import { scoreCustomers } from '../../src/energy/scoreCustomers';

// With the library's own text engine (the default textReader): clear texts, signs only.
describe('scoreCustomers with scoreText', () => {
  it('reads the sign of clear messages', () => {
    const now = '2026-03-01T00:00:00Z';
    const { readings } = scoreCustomers(
      {
        events: [
          { customerId: 'happy', at: now, kind: 'message', text: 'Wonderful service, thank you so much. I love it!' },
          { customerId: 'angry', at: now, kind: 'message', text: 'Terrible service. I am furious, this is awful and useless.' },
        ],
      },
      { now, textOptions: { language: 'en' } },
    );
    const [angry, happy] = readings;
    expect(angry!.customerId).toBe('angry');
    expect(angry!.energy).toBeLessThan(0);
    expect(happy!.energy).toBeGreaterThan(0);
    expect(angry!.contributions[0]!.textEnergy).toBeLessThan(0);
    expect(happy!.counts.texts).toBe(1);
  });
});
