/**
 * A scenario carried by a link: `#scenario=` + base64url (no padding) of the raw-deflate
 * compressed UTF-8 JSON of the scenario file. The fragment never reaches a server. Pure and
 * shared by the app and `wfm link`: it uses only web-platform APIs that Node 20 also has
 * (CompressionStream, DecompressionStream, TextEncoder, btoa); `zlib.inflateRawSync` reads the
 * same bytes.
 *
 * Opening a link goes through the same validation and migration as loading a file
 * (parseScenarioText); a damaged link yields problems, never a throw.
 */
import { parseScenarioText, type ParseResult } from './parse';
import type { Problem } from './problems';
import { withCode } from './problemCodes';
import type { ScenarioFile } from './schema';

/** The fragment's key: `#scenario=…`. */
export const LINK_KEY = 'scenario';

/**
 * Largest scenario a link may unpack to. A sample is about 30 kB; an imported interval forecast
 * a few hundred. The cap stops a tiny link that inflates to gigabytes from freezing the tab.
 */
export const LINK_MAX_BYTES = 8 * 1024 * 1024;

const BASE64URL_RE = /^[A-Za-z0-9_-]*$/;

/** `#scenario=<data>` for a scenario: the JSON is compact, the same text a file would parse to. */
export async function scenarioLinkFragment(scenario: ScenarioFile): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(scenario));
  return `#${LINK_KEY}=${toBase64Url(await pipeBytes(bytes, new CompressionStream('deflate-raw')))}`;
}

/**
 * The data part of what was given: a whole address, `#scenario=…`, `scenario=…`, or the data
 * alone. Null when a fragment names another key.
 */
export function linkData(input: string): string | null {
  let text = input.trim();
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(hash + 1);
  const eq = text.indexOf('=');
  if (eq < 0) return text;
  return text.slice(0, eq) === LINK_KEY ? text.slice(eq + 1) : null;
}

/** The scenario a link carries, validated and migrated like a file, or why not. */
export async function openScenarioLink(input: string): Promise<ParseResult> {
  const data = linkData(input);
  if (data === null) return bad(`the link has no '${LINK_KEY}=' part`);
  if (data === '') return bad('the link carries no scenario (nothing after scenario=)');
  if (!BASE64URL_RE.test(data)) return bad('the link is damaged: characters outside base64url (A–Z, a–z, 0–9, - and _)');
  if (data.length % 4 === 1) return bad('the link is damaged: its length is not that of base64url data (cut short?)');
  let inflated: Uint8Array<ArrayBuffer>;
  try {
    inflated = await pipeBytes(fromBase64Url(data), new DecompressionStream('deflate-raw'), LINK_MAX_BYTES);
  } catch (error) {
    if (error instanceof TooLarge) return bad(`the link unpacks to more than ${LINK_MAX_BYTES / 1024 / 1024} MB`);
    return bad('the link is damaged: its data does not unpack (cut short or altered?)');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return bad('the link is damaged: its data is not UTF-8 text');
  }
  return parseScenarioText(text);
}

function bad(message: string): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [withCode({ path: '', message })] };
}

class TooLarge extends Error {}

/** Runs `bytes` through a (de)compression stream, stopping past `limit` bytes of output. */
async function pipeBytes(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream, limit = Number.POSITIVE_INFINITY): Promise<Uint8Array<ArrayBuffer>> {
  const writer = transform.writable.getWriter();
  // Written without awaiting: the reader below drains the output as it comes; a write error
  // (bad data) surfaces on the reader too.
  writer.write(bytes).then(() => writer.close()).catch(() => {});
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** base64url without padding (RFC 4648 §5). btoa takes a binary string, built in slices. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of base64url data (checked by the caller: alphabet and length). */
export function fromBase64Url(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (data.length % 4)) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
