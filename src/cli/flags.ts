/**
 * Command-line options: `--interval-minutes 30` → `{ intervalMinutes: 30 }`.
 * Values are checked here only for being numbers; ranges are the case schemas' job, so the
 * command line, `--stdin` and the app share one set of rules.
 */
import { parseArgs } from 'node:util';
import { InputError } from './errors';

export type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

export interface ParsedCommandLine {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * `--aht -5` → `--aht=-5`: node's parser takes a value starting with '-' for an option, so a
 * negative number would be reported as an ambiguous option instead of as a bad value.
 */
function attachValues(argv: string[], options: OptionSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && options[arg.slice(2)]?.type === 'string' && next !== undefined) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

export function parseCommandLine(argv: string[], options: OptionSpec): ParsedCommandLine {
  try {
    const { values, positionals } = parseArgs({ args: attachValues(argv, options), options, allowPositionals: true, strict: true });
    return { values: values as ParsedCommandLine['values'], positionals };
  } catch (error) {
    // node's messages ("Unknown option '--foo'") already name the option.
    throw new InputError((error as Error).message.split('\n')[0] ?? 'bad option');
  }
}

export function kebabToCamel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

export function camelToKebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Numeric flags as an object with camelCase keys, absent flags left out. */
export function numericFlags(values: ParsedCommandLine['values'], names: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of names) {
    const raw = values[name];
    if (raw === undefined) continue;
    const text = String(raw).trim();
    const value = text === '' ? Number.NaN : Number(text);
    if (!Number.isFinite(value)) throw new InputError(`--${name}: must be a number, got '${String(raw)}'`);
    out[kebabToCamel(name)] = value;
  }
  return out;
}

/** Problem paths name flags the way the user typed them: `aht` → `--aht`, `[2].aht` stays. */
export function flagPath(path: string): string {
  return path === '' ? '' : `--${camelToKebab(path)}`;
}
