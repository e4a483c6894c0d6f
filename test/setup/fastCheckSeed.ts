import fc from 'fast-check';

/**
 * Property tests draw from one fixed seed, so a run of the suite (and CI) is repeatable: a red
 * run is a real failure, reproducible with the same command. `FC_SEED=<n>` tries another seed;
 * `FC_SEED=random` lets fast-check pick one per property (and print it on failure) to explore.
 */
const chosen = process.env.FC_SEED;
if (chosen !== 'random') {
  const seed = chosen === undefined ? 20261126 : Number(chosen);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or 'random', got ${chosen}`);
  fc.configureGlobal({ seed });
}
