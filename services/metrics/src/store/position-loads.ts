import type { DataSource } from 'typeorm';
import { RecentIdWindow } from '../ingest/recent-id-window';
import { decodeEntries } from './dedupe-window.store';

/** A partition's stored position and, read in the same snapshot, its recent-id window. */
export interface LoadedPartition {
  readonly position: string | undefined;
  readonly window: RecentIdWindow;
}

interface Asked {
  readonly topic: string;
  readonly partition: number;
  readonly resolve: (loaded: LoadedPartition) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Loads partitions' positions and windows for one consumer group. The partitions a new group member asks for at
 * once (every partition of every topic, on start and after each rebalance) are served together: one snapshot
 * transaction, two queries, instead of a transaction per partition.
 */
export class PositionLoads {
  private asked: Asked[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly group: string,
    private readonly windowSize: number,
  ) {}

  load(topic: string, partition: number): Promise<LoadedPartition> {
    return new Promise((resolve, reject) => {
      if (this.asked.length === 0) setImmediate(() => void this.serve(this.asked.splice(0)));
      this.asked.push({ topic, partition, resolve, reject });
    });
  }

  private async serve(asked: readonly Asked[]): Promise<void> {
    try {
      const loaded = await this.read();
      for (const { topic, partition, resolve } of asked)
        resolve(
          loaded.get(`${topic}/${partition}`) ?? {
            position: undefined,
            window: new RecentIdWindow(this.windowSize),
          },
        );
    } catch (error) {
      for (const { reject } of asked) reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Every stored partition of the group, each window refilled with the rows reaching into its last `size` offsets. */
  private read(): Promise<Map<string, LoadedPartition>> {
    const table = (name: string): string => `"${this.schema}"."${name}"`;
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const positions = await manager.query<{ topic: string; partition: number; next_offset: string }[]>(
        `SELECT topic, partition, next_offset::text AS next_offset FROM ${table('consumer_offsets')} ` +
          'WHERE consumer_group = $1',
        [this.group],
      );
      const loaded = new Map<string, LoadedPartition>();
      for (const row of positions)
        loaded.set(`${row.topic}/${row.partition}`, {
          position: row.next_offset,
          window: new RecentIdWindow(this.windowSize),
        });
      const blocks = await manager.query<
        { topic: string; partition: number; first_offset: string; entries: Buffer }[]
      >(
        `SELECT w.topic, w.partition, w.first_offset::text AS first_offset, w.entries ` +
          `FROM ${table('dedupe_window')} w JOIN ${table('consumer_offsets')} o ` +
          'ON o.consumer_group = w.consumer_group AND o.topic = w.topic AND o.partition = w.partition ' +
          'WHERE w.consumer_group = $1 AND w.last_offset >= o.next_offset - $2 ' +
          'ORDER BY w.topic, w.partition, w.first_offset',
        [this.group, this.windowSize],
      );
      for (const block of blocks) {
        const partition = loaded.get(`${block.topic}/${block.partition}`)!;
        partition.window.takeIn(
          decodeEntries(block.entries, Number(block.first_offset)),
          Number(partition.position),
        );
      }
      return loaded;
    });
  }
}
