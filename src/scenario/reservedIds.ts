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

export const RESERVED_ID_MESSAGE = 'must not be a name built into JavaScript objects (toString, constructor, valueOf, hasOwnProperty…): choose another id';

/**
 * Paths of every `__proto__` key of parsed JSON (JSON.parse makes it an own key, but copying
 * the object — as the schema does — would set the copy's prototype instead, and the key would
 * silently vanish). Iterative, so a deeply nested file cannot overflow the stack.
 */
export function protoKeyPaths(value: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]` }));
      continue;
    }
    for (const key of Object.keys(v)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (key === '__proto__') found.push(at);
      else stack.push({ value: (v as Record<string, unknown>)[key], path: at });
    }
  }
  return found;
}

/** `record[key]` when it is the record's own entry, never a built-in reached through the prototype. */
export function ownEntry<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
