// Source of a reducer worker thread, run with `eval: true`: plain CommonJS that registers the TypeScript hook when
// the sources are TypeScript (jest, `node -r @swc-node/register`: a worker inherits neither jest's transform nor
// always the parent's -r flags), then hands over to reducer-worker.ts.
export const REDUCER_WORKER_SOURCE = String.raw`
'use strict';
const { workerData } = require('node:worker_threads');
if (workerData.register) require(workerData.register);
require(workerData.worker).runReducerWorker(workerData.reducerModule);
`;
