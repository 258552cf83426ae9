// comlink ships the Node adapter's types as a .d.ts beside an .mjs, which TypeScript does not
// pair up; declare the module so `import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs'`
// is typed.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';
  import type { MessagePort, Worker } from 'node:worker_threads';
  export default function nodeEndpoint(nep: Worker | MessagePort): Endpoint;
}
