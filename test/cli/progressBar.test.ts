import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/progressBar';
import { displayWidth, fit, textTable } from '../../src/cli/textTable';

const fakeStream = (isTTY: boolean) => {
  let text = '';
  return { stream: { isTTY, write: (s: string) => ((text += s), true) } as unknown as NodeJS.WriteStream, text: () => text };
};

describe('progressBar', () => {
  it('draws on a terminal: percentage, rows, rows/s', () => {
    const f = fakeStream(true);
    const bar = progressBar(f.stream, false);
    bar.onProgress!({ rowsRead: 5000, bytesRead: 50, totalBytes: 200 });
    bar.done();
    expect(f.text()).toMatch(/^\r\[#{6}\.{18}\]  25% 5,000 rows, [\d,]+ rows\/s( ETA \d+ s)?\s*\n$/);
  });

  it('stays silent when stderr is not a terminal, or with --quiet', () => {
    for (const [tty, quiet] of [[false, false], [true, true]] as const) {
      const f = fakeStream(tty);
      const bar = progressBar(f.stream, quiet);
      expect(bar.onProgress).toBeUndefined();
      bar.done();
      expect(f.text()).toBe('');
    }
  });
});

describe('textTable', () => {
  it('pads by display width so Chinese columns line up', () => {
    expect(displayWidth('王芳')).toBe(4);
    expect(displayWidth('Ann')).toBe(3);
    const t = textTable(['name', 'energy'], [['王芳', 0.5], ['Ann', -0.25]]).split('\n');
    // Column 1 is 4 wide ('name', '王芳'), then two spaces, then 'energy' (6) right-aligned numbers.
    expect(t).toEqual(['name  energy', '----  ------', '王芳    0.50', 'Ann    -0.25']);
  });

  it('cuts long cells with an ellipsis within their width', () => {
    expect(fit('订单第三次联系客服了', 7)).toBe('订单第…');
    expect(displayWidth(fit('abcdefghij', 5))).toBe(5);
  });
});
