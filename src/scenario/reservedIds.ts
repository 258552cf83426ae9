/**
 * Ids that name built-ins of every JavaScript object (`toString`, `constructor`, `__proto__`…).
 *
 * Channel and pool ids key records of the scenario file (`forecast.weekly.voice`), and a file
 * comes from anyone: an id such as `constructor` would read the built-in where the file has no
 * entry, and `__proto__` would even reach the shared prototype. The code keys its own tables by
 * `Map` or null-prototype objects; refusing these ids as well keeps every record of the file
 * plain data for whatever reads it next (the app, a spreadsheet export, another tool).
 */
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

export function isReservedId(id: string): boolean {
  return RESERVED.has(id);
}

export const RESERVED_ID_MESSAGE = `must not be a built-in name of JavaScript objects (${[...RESERVED].sort().join(', ')})`;
