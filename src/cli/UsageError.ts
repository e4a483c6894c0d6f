/**
 * A usage error of the command line (a bad flag, a missing file, an unknown column): printed as
 * one line on stderr, exit code 2.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
