import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type {
  BatchAnswer,
  BatchTask,
  FromWorker,
  ToWorker,
  WorkerReady,
  WorkerRecycled,
} from './reduce-messages';
import { SpareBuffers } from '../spare-buffers';
import { REDUCER_WORKER_SOURCE } from './reducer-worker.source';

/** A batch's answer, with what the subscribing thread must do next: reduce it again without some events, or not. */
export interface ReducedAnswer<R> extends BatchAnswer<R> {
  /** The reduction without the events at these indexes of `ids` (undefined when none is left). */
  again(drop: readonly number[]): Promise<R | undefined>;
  /** Nothing more is needed of this batch. */
  release(): void;
}

interface Pending {
  readonly resolve: (answer: FromWorker<unknown>) => void;
  readonly reject: (error: Error) => void;
}

interface PooledWorker {
  readonly thread: Worker;
  readonly pending: Map<number, Pending>;
  /** Settles when the worker has loaded its reducer, or has died first. */
  readonly ready: Promise<void>;
  /** Why it stopped answering (errored or exited), once it has. */
  dead?: Error;
}

/** Batch buffers are sized in steps of this, so a buffer handed back fits most later batches. */
const BUFFER_STEP = 256 * 1024;

/**
 * Worker threads that decode, check and reduce batches for one reduced subscription (see reducer-worker.ts). A
 * batch goes to the least busy worker and its follow-up to the same one. A worker that dies fails its pending
 * batches (the consumer retries them from the stored position) and is replaced on the next batch. A batch's bytes
 * travel in a buffer the worker hands back when it is done with the batch (`bytesFor`): reused buffers instead of
 * hundreds of megabytes of new ones a second, which V8 would count against its external-memory limit and answer
 * with full collections in both threads.
 */
export class ReducerPool<R> {
  private readonly workers: (PooledWorker | undefined)[];
  private nextId = 1;
  private closed = false;
  /** Buffers handed back by the workers, ready to carry another batch. */
  private readonly spare: SpareBuffers<ArrayBuffer>;

  constructor(
    private readonly reducerModule: string,
    threads: number,
  ) {
    this.workers = Array.from({ length: threads }, () => undefined);
    // a few per worker are enough: each has only a few batches out at a time
    this.spare = new SpareBuffers<ArrayBuffer>(4 * threads, BUFFER_STEP);
  }

  /**
   * Starts every worker and resolves once each has loaded its reducer — so a backlog is reduced at full speed from
   * its first batch instead of waiting for the threads to boot — or rejects when one cannot start.
   */
  async start(): Promise<void> {
    if (this.closed) throw new Error('the reducer pool is closed');
    await Promise.all(this.workers.map((_, slot) => (this.workers[slot] ??= this.spawn(slot)).ready));
  }

  /** How many buffers the workers have handed back and wait for a batch. */
  get spareBuffers(): number {
    return this.spare.count;
  }

  /** A buffer of `size` bytes to fill with a batch for `reduce` (a spare one when one is large enough). */
  bytesFor(size: number): Uint8Array {
    return new Uint8Array(
      this.spare.take(size, (capacity) => new ArrayBuffer(capacity)),
      0,
      size,
    );
  }

  async reduce(task: Omit<BatchTask, 'kind' | 'id'>): Promise<ReducedAnswer<R>> {
    const worker = this.leastBusy();
    const id = this.nextId++;
    const answer = (await this.ask(worker, { ...task, kind: 'batch', id }, [
      task.bytes.buffer as ArrayBuffer,
    ])) as BatchAnswer<R> | { summary?: undefined };
    if (!('keys' in answer)) throw new Error(`reducer worker answered batch ${id} without its events`);
    return {
      ...answer,
      again: async (drop) => {
        const again = await this.ask(worker, { kind: 'again', id, drop });
        return (again as { summary?: R }).summary;
      },
      release: () => {
        if (!worker.dead) worker.thread.postMessage({ kind: 'release', id });
      },
    };
  }

  /** Stops every worker (batches pending in them fail). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.flatMap((worker) => (worker ? [worker.thread.terminate()] : [])));
  }

  private ask(
    worker: PooledWorker,
    message: ToWorker,
    transfer: ArrayBuffer[] = [],
  ): Promise<FromWorker<unknown>> {
    return new Promise((resolve, reject) => {
      // a follow-up to a worker that died since: no answer will come
      if (worker.dead) return reject(worker.dead);
      worker.pending.set(message.id, { resolve, reject });
      worker.thread.postMessage(message, transfer);
    }).then((answer) => {
      const reply = answer as FromWorker<unknown>;
      if ('error' in reply) throw new Error(`reducer worker: ${reply.error}`);
      return reply;
    });
  }

  private leastBusy(): PooledWorker {
    if (this.closed) throw new Error('the reducer pool is closed');
    let best = 0;
    for (let i = 0; i < this.workers.length; i++) {
      const worker = (this.workers[i] ??= this.spawn(i));
      if (worker.pending.size < this.workers[best]!.pending.size) best = i;
    }
    return this.workers[best]!;
  }

  private spawn(slot: number): PooledWorker {
    const typescript = __filename.endsWith('.ts');
    const thread = new Worker(REDUCER_WORKER_SOURCE, {
      eval: true,
      workerData: {
        register: typescript ? require.resolve('@swc-node/register') : undefined,
        worker: join(__dirname, typescript ? 'reducer-worker.ts' : 'reducer-worker.js'),
        reducerModule: this.reducerModule,
      },
    });
    let loaded!: () => void;
    let failed!: (error: Error) => void;
    const ready = new Promise<void>((resolve, reject) => ((loaded = resolve), (failed = reject)));
    ready.catch(() => undefined); // a worker nobody waits for may die unobserved: its batches say so
    const worker: PooledWorker = { thread, pending: new Map(), ready };
    thread.on('message', (reply: FromWorker<unknown> | WorkerReady | WorkerRecycled) => {
      if ('ready' in reply) return loaded();
      if ('recycled' in reply) return this.spare.keep(reply.recycled);
      const pending = worker.pending.get(reply.id);
      worker.pending.delete(reply.id);
      pending?.resolve(reply);
    });
    const fail = (error: Error): void => {
      worker.dead ??= error;
      failed(error);
      if (this.workers[slot] === worker) this.workers[slot] = undefined;
      for (const pending of worker.pending.values()) pending.reject(error);
      worker.pending.clear();
    };
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`reducer worker exited (code ${code})`)));
    // an idle pool must not keep the process alive
    thread.unref();
    return worker;
  }
}
