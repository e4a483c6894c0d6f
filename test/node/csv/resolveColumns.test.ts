import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/node/csv/detectDelimiter';
import { resolveColumns } from '../../../src/node/csv/resolveColumns';

describe('resolveColumns', () => {
  it('detects common header names', () => {
    expect(resolveColumns(['User ID', 'Review', 'Date', 'Stars']).names).toEqual({ id: 'User ID', text: 'Review', at: 'Date', rating: 'Stars' });
    expect(resolveColumns(['客户ID', '评论']).index).toEqual({ id: 0, text: 1 });
  });

  it('prefers the mapping, and never uses a header as an object key', () => {
    const r = resolveColumns(['__proto__', 'constructor', 'id'], { id: '__proto__', text: 'constructor' });
    expect(r.index).toEqual({ id: 0, text: 1 });
    expect(Object.getPrototypeOf(r.index)).toBe(Object.prototype);
  });

  it('throws named errors for duplicates, unknown mapped columns and no id', () => {
    expect(() => resolveColumns(['id', 'a', 'a'])).toThrow(expect.objectContaining({ code: 'E_INPUT_INVALID', path: ['header', 2] }));
    expect(() => resolveColumns(['id'], { text: 'comment' })).toThrow(expect.objectContaining({ code: 'E_OPTION_INVALID', path: ['options', 'columns', 'text'] }));
    expect(() => resolveColumns(['comment'])).toThrow(expect.objectContaining({ code: 'E_INPUT_INVALID' }));
  });
});

describe('detectDelimiter', () => {
  it('counts candidates outside quotes; comma on a tie', () => {
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('a\tb')).toBe('\t');
    expect(detectDelimiter('"a;b;c",d,e')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
    expect(detectDelimiter('a|b;c')).toBe(';');
  });
});
