import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'node/index': 'src/node/index.ts',
    'cli/main': 'src/cli/main.ts',
    'node/spreadWorker': 'src/node/spread/spreadWorker.ts',
    'node/textWorker': 'src/node/csv/textWorker.ts',
  },
  format: ['esm', 'cjs'],
  // Types only for the public entries: the CLI and the worker are programs, not APIs.
  dts: { entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' } },
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'node20',
  platform: 'node',
  sourcemap: false,
});
