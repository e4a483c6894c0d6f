import { z } from 'zod';

/** A customer id as users have them: a string or a number. `1` and `'1'` name the same customer. */
export const CustomerIdSchema = z.union([z.string().min(1), z.number().finite()]);

/** A customer id: a string or a number. */
export type CustomerId = z.infer<typeof CustomerIdSchema>;

/**
 * The canonical key of a customer id: ids from CSV files arrive as strings, ids from code often
 * as numbers, and both must name the same customer.
 *
 * @example
 * idKey(42) === idKey('42'); // true
 */
export function idKey(id: CustomerId): string {
  return typeof id === 'number' ? String(id) : id;
}
