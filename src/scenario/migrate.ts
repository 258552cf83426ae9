/**
 * Migrations: files written by an older Renfort load in this one (docs/cli.md, "Scenario file").
 *
 * Each step turns version n into n + 1 on the raw JSON, before validation, so that the schema only
 * ever knows the current version. A step converts what it recognises and reports, with the old
 * file's path, the old fields it cannot convert; anything else passes through for the schema to
 * judge.
 *
 * Version 0 (Renfort 0.x, before distributions and shifts) differed from version 1 in:
 * - channels: `ahtSeconds` (a number, exponential handle time) instead of `aht`;
 *   `patienceSeconds` (a number, exponential patience) instead of `patience`;
 *   flat targets `{ serviceLevel: 0.8, serviceSeconds: 20, minAnswerRate, maxAsaSeconds,
 *   responseShare, responseHours }` instead of nested ones;
 * - `volumes` at the top level (per channel per interval) instead of `forecast`;
 * - pools: `agents` (scheduled per interval) instead of `staffing`.
 */
import type { Problem } from './problems';
import { formatPath } from './problems';
import { SCHEMA_VERSION } from './schema';

type Json = Record<string, unknown>;

export type MigrateResult =
  | { ok: true; value: unknown; migratedFrom?: number }
  | { ok: false; problems: Problem[] };

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPositiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** v0 → v1 for one channel; `at` is the channel's path, for problems. */
function migrateChannelV0(channel: unknown, at: (string | number)[], problems: Problem[]): unknown {
  if (!isObject(channel)) return channel;
  const { ahtSeconds, patienceSeconds, targets, ...rest } = channel;
  const out: Json = { ...rest };
  if (ahtSeconds !== undefined) {
    if (isPositiveNumber(ahtSeconds)) out.aht = { dist: 'exponential', mean: ahtSeconds };
    else problems.push({ path: formatPath([...at, 'ahtSeconds']), message: 'must be a number > 0' });
  }
  if (patienceSeconds !== undefined) {
    if (isPositiveNumber(patienceSeconds)) out.patience = { dist: 'exponential', mean: patienceSeconds };
    else problems.push({ path: formatPath([...at, 'patienceSeconds']), message: 'must be a number > 0' });
  }
  if (isObject(targets)) {
    const { serviceLevel, serviceSeconds, responseShare, responseHours, ...otherTargets } = targets;
    const nested: Json = { ...otherTargets };
    if (serviceLevel !== undefined || serviceSeconds !== undefined) {
      // v0 defaulted the threshold to 20 s, the industry's usual "80/20".
      nested.serviceLevel = { share: serviceLevel, seconds: serviceSeconds ?? 20 };
    }
    if (responseShare !== undefined || responseHours !== undefined) {
      nested.responseWithin = [{ share: responseShare ?? 1, hours: responseHours }];
    }
    out.targets = nested;
  } else if (targets !== undefined) {
    out.targets = targets;
  }
  return out;
}

function migrateV0(file: Json): { value: Json; problems: Problem[] } {
  const problems: Problem[] = [];
  const { volumes, ...rest } = file;
  const out: Json = { ...rest, schemaVersion: 1 };
  if (Array.isArray(file.channels)) {
    out.channels = file.channels.map((c, i) => migrateChannelV0(c, ['channels', i], problems));
  }
  if (volumes !== undefined && file.forecast === undefined) out.forecast = { kind: 'intervals', volumes };
  if (Array.isArray(file.pools)) {
    out.pools = file.pools.map((pool) => {
      if (!isObject(pool) || pool.agents === undefined) return pool;
      const { agents, ...poolRest } = pool;
      return { ...poolRest, staffing: { kind: 'intervals', scheduled: agents } };
    });
  }
  return { value: out, problems };
}

/** Steps by the version they read; step n yields version n + 1. */
const STEPS: Record<number, (file: Json) => { value: Json; problems: Problem[] }> = {
  0: migrateV0,
};

/**
 * Brings a raw scenario (parsed JSON) to the current `schemaVersion`. Never throws: a missing,
 * unknown or newer version is a problem at path `schemaVersion`.
 */
export function migrateScenario(input: unknown): MigrateResult {
  if (!isObject(input)) {
    return { ok: false, problems: [{ path: '', message: 'a scenario must be a JSON object' }] };
  }
  const version = input.schemaVersion;
  if (version === undefined) {
    return { ok: false, problems: [{ path: 'schemaVersion', message: `is required (${SCHEMA_VERSION} for files written by this version)` }] };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, problems: [{ path: 'schemaVersion', message: `must be a whole number from 0 to ${SCHEMA_VERSION}` }] };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [{ path: 'schemaVersion', message: `version ${version} was written by a newer Renfort; this one reads up to ${SCHEMA_VERSION}` }],
    };
  }
  let value: Json = input;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step) throw new Error(`migrateScenario: no migration from version ${v}`);
    const result = step(value);
    if (result.problems.length > 0) return { ok: false, problems: result.problems };
    value = result.value;
  }
  return version === SCHEMA_VERSION ? { ok: true, value } : { ok: true, value, migratedFrom: version };
}
