/**
 * Field builders the lever schemas share, with the messages the rest of the scenario schema uses
 * ("is required", "must be ≥ 0").
 */
import { z } from 'zod';

export const num = () => z.number({ error: (i) => (i.input === undefined ? 'is required' : 'must be a number') });
export const str = () => z.string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string') });
export const share = () => num().min(0, 'must be ≥ 0').max(1, 'must be ≤ 1');
export const nonNegative = () => num().min(0, 'must be ≥ 0');
export const positive = () => num().positive('must be > 0');
export const count = () => num().int('must be a whole number').min(0, 'must be ≥ 0');
export const isoDate = () => str().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'must be a real calendar date');
export const clock = () => str().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'must be a time HH:MM');
export const id = () => str().min(1, 'must not be empty');
