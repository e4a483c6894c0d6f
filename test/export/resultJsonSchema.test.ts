import { describe, expect, it } from 'vitest';
import { resultJsonSchema } from '../../src/export/resultJsonSchema';
import { RESULT_SCHEMAS } from '../../src/export/resultSchemas';
import { toNdjson } from '../../src/export/toNdjson';
import { TextReadingSchema } from '../../src/text/schema';
import { scoreText } from '../../src/text/scoreText';

describe('resultJsonSchema', () => {
  it('describes every result type as a JSON Schema object', () => {
    const all = resultJsonSchema();
    expect(Object.keys(all)).toEqual(Object.keys(RESULT_SCHEMAS));
    for (const name of ['TextReading', 'EnergyReading', 'SpreadResult', 'PickSeedsResult', 'PickWinBacksResult', 'DataIssue', 'CsvSummary']) {
      expect(all).toHaveProperty(name);
    }
    for (const schema of Object.values(all)) {
      expect(schema.type).toBe('object');
      expect(schema.$schema).toMatch(/json-schema\.org/);
    }
    const text = resultJsonSchema('TextReading') as { required: string[]; properties: Record<string, { minimum?: number; maximum?: number }> };
    expect(text.required).toEqual(expect.arrayContaining(['energy', 'level', 'confidence', 'language', 'traits', 'emotions', 'evidence']));
    expect(text.properties.energy).toMatchObject({ minimum: -1, maximum: 1 });
  });

  it('throws a named error for an unknown result type', () => {
    expect(() => resultJsonSchema('Nope' as never)).toThrow(expect.objectContaining({ code: 'E_OPTION_INVALID' }));
    expect(() => resultJsonSchema('toString' as never)).toThrow(expect.objectContaining({ code: 'E_OPTION_INVALID' }));
  });
});

describe('toNdjson', () => {
  it('writes one validated line per record, lazily', () => {
    const lines = [...toNdjson([scoreText('great, thanks!'), scoreText('never again')], { schema: TextReadingSchema })];
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith('}\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    expect(TextReadingSchema.parse(JSON.parse(lines[0]!))).toBeTruthy();
  });

  it('throws on a record that does not match the schema', () => {
    const gen = toNdjson([{ energy: 5 }], { schema: TextReadingSchema });
    expect(() => gen.next()).toThrow();
  });
});
