/**
 * Misuse errors: the first of the library's two error channels (bad data in a batch is the
 * second, returned as {@link DataIssue}s and never thrown).
 *
 * Every error the library throws is a {@link CustomerEnergyError} with a stable `code` and the
 * `path` of the offending option or input, so callers can tell errors apart without reading
 * messages.
 */

/** Stable codes of misuse errors. New codes may be added; existing ones never change meaning. */
export type ErrorCode =
  | 'E_OPTION_INVALID'
  | 'E_OPTION_MISSING'
  | 'E_INPUT_INVALID'
  | 'E_UNKNOWN_CUSTOMER'
  | 'E_UNKNOWN_LANGUAGE'
  | 'E_EMPTY_GRAPH'
  | 'E_NOT_CONVERGED'
  | 'E_IO'
  | 'E_WORKER';

/**
 * Base class of every error thrown by customer-energy.
 *
 * @example
 * try { scoreCustomers({ events: [] }, {} as never); }
 * catch (e) { if (e instanceof CustomerEnergyError && e.code === 'E_OPTION_MISSING') console.log(e.path); }
 */
export class CustomerEnergyError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** Path of the offending option or input, e.g. `['options', 'now']`. */
  readonly path: readonly (string | number)[];

  constructor(code: ErrorCode, message: string, path: readonly (string | number)[] = []) {
    super(message);
    this.name = 'CustomerEnergyError';
    this.code = code;
    this.path = path;
  }
}

/**
 * An option has a wrong type or is out of range (`epsilon: 1.5`, `runs: 0`).
 *
 * @example
 * throw new InvalidOptionError('runs must be a positive integer', ['options', 'runs']);
 */
export class InvalidOptionError extends CustomerEnergyError {
  constructor(message: string, path: readonly (string | number)[] = []) {
    super('E_OPTION_INVALID', message, path);
    this.name = 'InvalidOptionError';
  }
}

/**
 * A required option is absent (`now`, `seed`).
 *
 * @example
 * throw new MissingOptionError('options.now is required: there is no hidden clock', ['options', 'now']);
 */
export class MissingOptionError extends CustomerEnergyError {
  constructor(message: string, path: readonly (string | number)[] = []) {
    super('E_OPTION_MISSING', message, path);
    this.name = 'MissingOptionError';
  }
}

/**
 * An argument that is not data in a batch has the wrong shape (a non-string text, a graph that
 * is not a graph).
 *
 * @example
 * throw new InvalidInputError('text must be a string', ['text']);
 */
export class InvalidInputError extends CustomerEnergyError {
  constructor(message: string, path: readonly (string | number)[] = []) {
    super('E_INPUT_INVALID', message, path);
    this.name = 'InvalidInputError';
  }
}

/**
 * A customer id that the graph or population does not know, where the caller asked for strictness.
 *
 * @example
 * throw new UnknownCustomerError('origin 42 is not in the graph', ['origins', 0, 'customerId']);
 */
export class UnknownCustomerError extends CustomerEnergyError {
  constructor(message: string, path: readonly (string | number)[] = []) {
    super('E_UNKNOWN_CUSTOMER', message, path);
    this.name = 'UnknownCustomerError';
  }
}
