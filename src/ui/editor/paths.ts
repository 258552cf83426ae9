/**
 * Field paths in the scenario file, written the way validation problems name them
 * (`channels[1].aht.mean`, `forecast.weekly.voice[3]`). The editor addresses every input by the
 * same path, so a problem lands next to the field it is about without a hand-written table.
 */

/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;

/** `channels[1].aht.mean` → `['channels', 1, 'aht', 'mean']`; `''` → `[]`. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  for (const match of path.matchAll(re)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return segments;
}

/** The inverse of `parsePath`. */
export function joinPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

/** The value at `path` in plain JSON-like data, or undefined when any step is missing. */
export function getAtPath(data: unknown, path: string): unknown {
  let node: unknown = data;
  for (const segment of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

/**
 * A copy of `data` with `value` at `path`, sharing every branch the path does not cross (the
 * store compares by identity). `undefined` removes an object key (an optional target switched
 * off, an emptied field that validation then reports as required). Missing steps are created as
 * objects or arrays according to the next segment.
 */
export function setAtPath<T>(data: T, path: string, value: unknown): T {
  return setSegments(data, parsePath(path), value) as T;
}

function setSegments(node: unknown, segments: PathSegment[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments;
  if (Array.isArray(node) || (node === undefined && typeof head === 'number')) {
    const copy = Array.isArray(node) ? node.slice() : [];
    const index = head as number;
    copy[index] = setSegments(copy[index], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = node !== null && typeof node === 'object' ? { ...(node as Record<string, unknown>) } : {};
  const next = setSegments(copy[head], rest, value);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}

/**
 * Does `path` lie at or below `ancestor`? Segment-wise, so `channels[1]` holds `channels[1].aht`
 * but not `channels[10]`; `''` holds everything.
 */
export function isWithin(path: string, ancestor: string): boolean {
  if (ancestor === '') return true;
  if (!path.startsWith(ancestor)) return false;
  const next = path.charAt(ancestor.length);
  return next === '' || next === '.' || next === '[';
}
