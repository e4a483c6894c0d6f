import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { pickSeeds } from '../../src/strategy/pickSeeds';
import { pickWinBacks } from '../../src/strategy/pickWinBacks';
import { compareScenarios } from '../../src/strategy/compareScenarios';
import type { PickSeedsResultSchema } from '../../src/strategy/schema';
import type { PickWinBacksResultSchema, WinBackReading } from '../../src/strategy/winBacksSchema';
import type { CompareScenariosResultSchema } from '../../src/strategy/scenarioSchema';
import type { EnergyReading } from '../../src/energy/schema';

describe('strategy types', () => {
  it('results are the zod schemas’ inferred types', () => {
    expectTypeOf(pickSeeds).returns.toEqualTypeOf<z.infer<typeof PickSeedsResultSchema>>();
    expectTypeOf(pickWinBacks).returns.toEqualTypeOf<z.infer<typeof PickWinBacksResultSchema>>();
    expectTypeOf(compareScenarios).returns.toEqualTypeOf<z.infer<typeof CompareScenariosResultSchema>>();
  });

  it('an EnergyReading is a win-back reading', () => {
    expectTypeOf<EnergyReading>().toMatchTypeOf<WinBackReading>();
  });
});
