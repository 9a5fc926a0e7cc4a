// Source of the worker thread that hosts PGlite and its socket server, kept as a string and run with `eval: true`.
// Why a worker: PGlite loads its WASM through dynamic import(), which jest's VM refuses, and queries run as
// synchronous WASM, which would otherwise block the services' event loop. Plain CommonJS, no TypeScript: it runs
// as-is in a fresh Node context, in jest, in `node -r @swc-node/register` and in compiled builds alike.
export const PGLITE_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglitePath);
const { PGLiteSocketServer } = require(workerData.socketPath);

let db;
let server;

async function start() {
  db = await PGlite.create(workerData.dataDir ? { dataDir: workerData.dataDir } : {});
  server = new PGLiteSocketServer({
    db,
    host: workerData.host,
    port: workerData.port,
    maxConnections: workerData.maxConnections,
  });
  keepExtendedQueryCyclesTogether(server.queryQueue, db);
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  parentPort.postMessage({ type: 'listening', port });
}

// pglite-socket multiplexes its connections message by message and only keeps one connection's messages
// together inside a transaction. Outside one, two connections' extended-protocol cycles (Parse, Bind, Execute …
// Sync) interleave and clobber each other's unnamed statement ("unnamed prepared statement does not exist", or
// worse, the wrong statement executed). This queue keeps a connection's messages together until its cycle ends
// with Sync (or a simple Query completes) and no transaction is open.
// Parse, Bind, Describe, Execute, Close, Flush: an extended-protocol cycle is open until Sync.
const CYCLE = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);
const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const COPY_DATA = 0x64; // 'd'
const COPY_END = new Set([0x63, 0x66]); // CopyDone 'c', CopyFail 'f'
const COPY_IN = /^\s*copy\b[\s\S]*\bfrom\s+stdin/i;

/** Who holds the backend after a message: the sender while its cycle (or COPY … FROM STDIN) is open. */
function ownerAfter(message, handlerId, current) {
  const type = message[0];
  if (CYCLE.has(type) || type === COPY_DATA) return handlerId;
  if (type === SYNC || COPY_END.has(type)) return null;
  if (type === QUERY) return COPY_IN.test(Buffer.from(message.subarray(5)).toString('utf8')) ? handlerId : null;
  return current; // startup, password, terminate: no cycle of their own
}
function keepExtendedQueryCyclesTogether(queue, pglite) {
  let openCycle = null; // handler id whose extended-protocol cycle is in progress
  queue.processQueue = async function processQueue() {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    while (this.queue.length > 0) {
      const owner = pglite.isInTransaction() && this.lastHandlerId ? this.lastHandlerId : openCycle;
      let item;
      if (owner !== null && owner !== undefined) {
        const index = this.queue.findIndex((queued) => queued.handlerId === owner);
        if (index === -1) break; // wait for the owner's next message
        item = this.queue.splice(index, 1)[0];
      } else {
        item = this.queue.shift();
      }
      try {
        await this.db.runExclusive(() =>
          this.db.execProtocolRawStream(item.message, { onRawData: (data) => item.onData(data) }),
        );
      } catch (error) {
        openCycle = null;
        item.reject(error);
        continue;
      }
      openCycle = ownerAfter(item.message, item.handlerId, openCycle);
      this.lastHandlerId = item.handlerId;
      item.resolve(0);
    }
    this.processing = false;
  };
  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    if (openCycle === handlerId) openCycle = null;
    clearQueueForHandler(handlerId);
    queue.processQueue();
  };
}

async function stop() {
  if (server) await server.stop();
  if (db) await db.close();
  parentPort.postMessage({ type: 'stopped' });
  parentPort.close();
}

parentPort.on('message', (message) => {
  if (message.type === 'stats') {
    parentPort.postMessage({ type: 'stats', id: message.id, stats: server.getStats() });
  } else if (message.type === 'stop') {
    stop().catch((error) => parentPort.postMessage({ type: 'error', message: String(error && error.stack || error) }));
  }
});

start().catch((error) => {
  parentPort.postMessage({ type: 'error', message: String(error && error.stack || error) });
  parentPort.close();
});
`;
