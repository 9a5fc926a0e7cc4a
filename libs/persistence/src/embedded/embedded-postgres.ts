import { Logger } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { PGLITE_WORKER_SOURCE } from './pglite-worker.source';

export interface EmbeddedPostgresOptions {
  /** Directory that keeps the database between runs; default `PGLITE_DATA_DIR`, else in memory. */
  dataDir?: string;
  /**
   * Wire-protocol connections served at once. Every service in the process opens its own pool here, so this must
   * cover the sum of their pool sizes; a client past the limit is refused ("Too many connections").
   */
  maxConnections?: number;
  host?: string;
  /** 0 lets the OS pick a free port. */
  port?: number;
}

export interface EmbeddedPostgresEndpoint {
  url: string;
  host: string;
  port: number;
}

export interface EmbeddedPostgresStats {
  activeConnections: number;
  queuedQueries: number;
  maxConnections: number;
}

type WorkerMessage =
  | { type: 'listening'; port: number }
  | { type: 'stopped' }
  | { type: 'stats'; id: number; stats: EmbeddedPostgresStats }
  | { type: 'error'; message: string };

interface Running {
  worker: Worker;
  endpoint: EmbeddedPostgresEndpoint;
}

const DEFAULT_MAX_CONNECTIONS = 64;
const STOP_TIMEOUT_MS = 10_000;

/**
 * PostgreSQL without installing PostgreSQL: PGlite (Postgres compiled to WASM, one backend) served over the wire
 * protocol from a worker thread, so the ordinary `pg` driver and TypeORM run unchanged. The socket server
 * multiplexes client connections onto the single backend and runs one transaction at a time: a connection inside
 * a transaction has the database to itself until it commits or rolls back.
 */
export class EmbeddedPostgres {
  private static sharedInstance?: EmbeddedPostgres;
  private readonly logger = new Logger(EmbeddedPostgres.name);
  private running?: Promise<Running>;
  private worker?: Worker;
  private nextRequestId = 0;
  private pendingRequests = 0;

  constructor(private readonly options: EmbeddedPostgresOptions = {}) {}

  /** The process-wide instance: every service started in this process puts its schema in the same database. */
  static shared(): EmbeddedPostgres {
    EmbeddedPostgres.sharedInstance ??= new EmbeddedPostgres();
    return EmbeddedPostgres.sharedInstance;
  }

  /** Starts the database and server once; concurrent and repeated calls share the same endpoint. */
  async start(): Promise<EmbeddedPostgresEndpoint> {
    this.running ??= this.boot().catch((error: unknown) => {
      this.running = undefined; // let a later call retry
      throw error;
    });
    return (await this.running).endpoint;
  }

  /** Closes client connections (rolling back their open transactions), the server and the database. */
  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    this.worker = undefined;
    if (!running) return;
    const { worker } = await running.catch(() => ({ worker: undefined }));
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.ref(); // keep the process up until the database has closed its files
    worker.postMessage({ type: 'stop' });
    // A worker stuck in WASM would never answer; terminating it loses nothing an in-memory database could keep.
    const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }

  /** Connection and queue figures from the socket server; undefined while stopped. */
  async stats(): Promise<EmbeddedPostgresStats | undefined> {
    if (!this.running) return undefined;
    const { worker } = await this.running;
    const id = this.nextRequestId++;
    return new Promise<EmbeddedPostgresStats>((resolve) => {
      const onMessage = (message: WorkerMessage) => {
        if (message.type !== 'stats' || message.id !== id) return;
        worker.off('message', onMessage);
        if (--this.pendingRequests === 0) worker.unref();
        resolve(message.stats);
      };
      worker.on('message', onMessage);
      // The unref'd worker alone would let the process exit before it answers.
      if (this.pendingRequests++ === 0) worker.ref();
      worker.postMessage({ type: 'stats', id });
    });
  }

  private async boot(): Promise<Running> {
    const dataDir = this.options.dataDir ?? nonEmpty(process.env.PGLITE_DATA_DIR);
    if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
    const host = this.options.host ?? '127.0.0.1';
    const worker = new Worker(PGLITE_WORKER_SOURCE, {
      eval: true,
      workerData: {
        // Resolved here so the worker loads the same copies this package depends on.
        pglitePath: require.resolve('@electric-sql/pglite'),
        socketPath: require.resolve('@electric-sql/pglite-socket'),
        dataDir,
        host,
        port: this.options.port ?? 0,
        maxConnections: this.options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
      },
    });
    this.worker = worker;
    let port: number;
    try {
      port = await new Promise<number>((resolve, reject) => {
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'listening') resolve(message.port);
          if (message.type === 'error')
            reject(new Error(`Embedded PostgreSQL failed to start: ${message.message}`));
        });
        worker.once('error', reject);
        worker.once('exit', (code) =>
          reject(new Error(`Embedded PostgreSQL worker exited with code ${code}`)),
        );
      });
    } catch (error) {
      await worker.terminate();
      throw error;
    }
    worker.on('error', (error) =>
      this.logger.error(`Embedded PostgreSQL worker failed: ${error.message}`, error.stack),
    );
    worker.on('exit', () => {
      // Died underneath us (not through stop()): the next start() boots a fresh database.
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.running = undefined;
    });
    // The database alone should not keep the process alive; open client connections do that.
    worker.unref();
    return { worker, endpoint: { url: `postgres://postgres@${host}:${port}/postgres`, host, port } };
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
