import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import type { Query } from './figure-writer';

/**
 * A few connections of the service's pool kept for storing batches, each with `synchronous_commit = off` for its
 * session: a batch is one statement there (see writeBatch), so storing it is one round trip that does not wait for
 * its WAL flush. Safe for exactly-once: a database crash loses the latest batches' counts and positions together,
 * and they are consumed again. The rest of the service (reports, opening balances) keeps the default.
 */
/** Connections numbered for their statements' names (see nameOf). */
const connectionIds = new WeakMap<PoolClient, string>();
let nextConnectionId = 1;

export class CommitConnections {
  private readonly idle: QueryRunner[] = [];
  private readonly waiting: (() => void)[] = [];
  private open = 0;
  /** Statements' hashes by text. */
  private readonly names = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly max: number,
  ) {}

  async run<T>(work: (query: Query) => Promise<T>): Promise<T> {
    const runner = await this.acquire();
    try {
      const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
      const result = await work(async (sql, parameters) => {
        const { rows } = await client.query<{ moved: number }>({
          name: this.nameOf(client, sql),
          text: sql,
          values: parameters,
        });
        return rows;
      });
      this.idle.push(runner);
      return result;
    } catch (error) {
      this.drop(runner); // whatever failed, the next batch gets a fresh connection
      throw error;
    } finally {
      this.waiting.shift()?.();
    }
  }

  /**
   * A name of the statement's own on this connection: the embedded database (PGlite) serves every connection from
   * one session, where a name prepared by an earlier connection (a restarted service's) is taken.
   */
  private nameOf(client: PoolClient, sql: string): string {
    let hash = this.names.get(sql);
    if (hash === undefined) {
      hash = createHash('sha1').update(sql).digest('hex').slice(0, 16);
      this.names.set(sql, hash);
    }
    let id = connectionIds.get(client);
    if (id === undefined) connectionIds.set(client, (id = `${process.pid}_${nextConnectionId++}`));
    return `d06_batch_${id}_${hash}`;
  }

  async close(): Promise<void> {
    for (const runner of this.idle.splice(0)) await this.reset(runner);
  }

  private async acquire(): Promise<QueryRunner> {
    for (;;) {
      const idle = this.idle.pop();
      if (idle) return idle;
      if (this.open < this.max) {
        this.open++;
        try {
          const runner = this.dataSource.createQueryRunner();
          await runner.connect();
          await runner.query('SET synchronous_commit = off');
          return runner;
        } catch (error) {
          this.open--;
          this.waiting.shift()?.();
          throw error;
        }
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private drop(runner: QueryRunner): void {
    this.open--;
    void this.reset(runner);
  }

  /** Gives a connection back to the pool as the rest of the service expects it. */
  private async reset(runner: QueryRunner): Promise<void> {
    await runner.query('RESET synchronous_commit').catch(() => undefined);
    await runner.release().catch(() => undefined);
  }
}
