import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { InMemoryBroker } from './in-memory-broker';

interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

type PartitionWork = (tp: TopicPartition, signal: AbortSignal) => Promise<void>;

interface Worker {
  readonly abort: AbortController;
  readonly done: Promise<void>;
}

/**
 * One consumer in a group: follows the broker's assignment, running one worker per owned partition and stopping
 * the workers of partitions a rebalance takes away (their uncommitted records go to the new owner).
 */
export class InMemoryGroupMember {
  private readonly logger = new Logger('EventBus');
  private readonly id = randomUUID();
  private readonly lifetime = new AbortController();
  private readonly workers = new Map<string, Worker>();
  /** Workers of revoked partitions still finishing their current record. */
  private readonly retiring = new Set<Promise<void>>();
  private supervising: Promise<void> = Promise.resolve();

  constructor(
    private readonly broker: InMemoryBroker,
    private readonly group: string,
    private readonly topics: readonly string[],
    private readonly work: PartitionWork,
  ) {}

  start(): void {
    this.broker.join(this.group, this.id, this.topics);
    this.supervising = this.supervise();
  }

  async stop(): Promise<void> {
    this.lifetime.abort();
    for (const worker of this.workers.values()) worker.abort.abort();
    this.broker.leave(this.group, this.id);
    await this.supervising;
    await Promise.all([...this.workers.values()].map((worker) => worker.done));
    await Promise.all([...this.retiring]);
    this.workers.clear();
  }

  private async supervise(): Promise<void> {
    while (!this.lifetime.signal.aborted) {
      this.reconcile();
      await this.broker.waitForChange(this.lifetime.signal);
    }
  }

  private reconcile(): void {
    const owned = new Map(this.broker.assignment(this.group, this.id).map((tp) => [keyOf(tp), tp]));
    for (const [key, worker] of this.workers) {
      if (!owned.has(key)) {
        worker.abort.abort();
        this.workers.delete(key);
        this.retiring.add(worker.done);
        void worker.done.then(() => this.retiring.delete(worker.done));
      }
    }
    for (const [key, tp] of owned) {
      if (this.workers.has(key)) continue;
      const abort = new AbortController();
      const done = this.broker
        .withPartition(this.group, tp, () =>
          abort.signal.aborted ? Promise.resolve() : this.work(tp, abort.signal),
        )
        .catch((error: unknown) => {
          this.logger.error(`consumer of ${this.group} on ${key} stopped: ${String(error)}`);
        });
      this.workers.set(key, { abort, done });
    }
  }
}

function keyOf({ topic, partition }: TopicPartition): string {
  return `${topic}/${partition}`;
}
