/**
 * The levers of a strategy (docs/model.md, "Levers"): one zod schema per lever kind, discriminated
 * on `kind`. Each kind's schema states its parameters and defaults once; the types the engines
 * use are inferred from it. What a lever does to a scenario is in src/simulation/levers/.
 */
import { z } from 'zod';
import { CallbackSchema, type CallbackParams } from './callback';
import { OutsourcingSchema, type OutsourcingParams } from './outsourcing';
import { OvertimeSchema, type OvertimeParams } from './overtime';
import { ReallocationSchema, type ReallocationParams } from './reallocation';
import { TempsSchema, type TempsParams } from './temps';

export { CallbackSchema, OutsourcingSchema, OvertimeSchema, ReallocationSchema, TempsSchema };
export type { CallbackParams, OutsourcingParams, OvertimeParams, ReallocationParams, TempsParams };

export const LEVER_KINDS = ['outsourcing', 'reallocation', 'temps', 'overtime', 'callback'] as const;
export type LeverKind = (typeof LEVER_KINDS)[number];

/** A lever after validation, defaults filled in. */
export type Lever = OutsourcingParams | ReallocationParams | TempsParams | OvertimeParams | CallbackParams;

/** A lever as written in a file, before defaults (what an editor or a generator writes). */
export type LeverInput = z.input<typeof LeverSchema>;

export const LeverSchema = z.discriminatedUnion('kind', [OutsourcingSchema, ReallocationSchema, TempsSchema, OvertimeSchema, CallbackSchema], {
  // zod reports an unknown or missing kind at path `kind`; say which kinds exist.
  error: (issue) => (issue.code === 'invalid_union' ? `must be one of ${LEVER_KINDS.map((k) => `'${k}'`).join(', ')}` : undefined),
});
