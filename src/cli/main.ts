#!/usr/bin/env node
/** The `customer-energy` bin. Thin: everything is in ./run and ./commands. */
import { run } from './run';

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`customer-energy: ${String(e)}\n`);
    process.exitCode = 3;
  },
);
