/**
 * The page's Content-Security-Policy, added to the built index.html (not in `vite dev`, whose
 * React refresh preamble is an inline script). Scripts, workers, styles and connections come
 * from the page's own origin only; no inline script, no plug-in, no other site. A scenario or a
 * shared link from anyone can then at worst show text, never run code.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  // The inline favicon (index.html) is a data: URL; a chart's PNG export draws its SVG from a blob: URL.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'renfort-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}
