/**
 * Field builders the lever schemas share, with the messages the rest of the scenario schema uses
 * ("is required", "must be ≥ 0").
 */
import { z } from 'zod';
import { ID_LENGTH, NAME_LENGTH, sizeMessage } from '../limits';
import { isReservedId, RESERVED_ID_MESSAGE } from '../reservedIds';

export const num = () => z.number({ error: (i) => (i.input === undefined ? 'is required' : 'must be a number') });
export const str = () => z.string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string') });
export const share = () => num().min(0, 'must be ≥ 0').max(1, 'must be ≤ 1');
export const nonNegative = () => num().min(0, 'must be ≥ 0');
export const positive = () => num().positive('must be > 0');
export const count = () => num().int('must be a whole number').min(0, 'must be ≥ 0');
export const isoDate = () => str().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'must be a real calendar date');
export const clock = () => str().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'must be a time HH:MM');
/** A channel or pool id, by the scenario's own rule (schema.ts): a pool a lever creates is named with it too. */
export const id = () => str().min(1, 'must not be empty').max(ID_LENGTH.max, sizeMessage(ID_LENGTH))
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'must start with a letter and hold only letters, digits, _ or -')
  .refine((s) => !isReservedId(s), RESERVED_ID_MESSAGE);
/** A name shown to people. */
export const name = () => str().max(NAME_LENGTH.max, sizeMessage(NAME_LENGTH));
