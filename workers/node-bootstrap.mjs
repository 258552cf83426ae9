// Runs the browser's worker file unchanged in a Node worker thread (the command line, tests):
// comlink's Node adapter stands in for the worker global scope, and tsx loads the TypeScript.
import { parentPort, workerData } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { tsImport } from 'tsx/esm/api';

const endpoint = nodeEndpoint(parentPort);
globalThis.self = endpoint;
globalThis.postMessage = endpoint.postMessage.bind(endpoint);
globalThis.addEventListener = endpoint.addEventListener.bind(endpoint);
globalThis.removeEventListener = endpoint.removeEventListener.bind(endpoint);
await tsImport(workerData.workerFile, import.meta.url);
