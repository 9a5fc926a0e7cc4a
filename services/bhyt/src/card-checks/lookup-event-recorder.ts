import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { CloudEvent } from 'cloudevents';
import { EnvelopeFactory, OutboxRecord, OutboxRelay, qualifiedTable, type NewEvent } from '@d06/messaging';
import { DataSource } from 'typeorm';
import { BHYT_CONFIG } from '../config/bhyt-config.token';
import type { BhytConfig } from '../config/bhyt.config';
import { GroupCommitBatcher } from './group-commit-batcher';

/**
 * Lookup events on the hot path, without a write per lookup: each event is validated and stamped (its trace too)
 * at once, then written to the outbox with the others of its group commit (one INSERT statement), and the lookup
 * is answered only after that commit. So an answered lookup's event is durable — no crash window — and the relay
 * publishes it like any other; the price is one commit in the lookup's latency, shared by the whole group.
 */
@Injectable()
export class LookupEventRecorder implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly batcher: GroupCommitBatcher<CloudEvent<unknown>>;

  constructor(
    private readonly envelopes: EnvelopeFactory,
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    @Inject(BHYT_CONFIG) config: BhytConfig,
  ) {
    this.batcher = new GroupCommitBatcher({
      write: (events) => this.write(events),
      maxBatch: config.BHYT_LOOKUP_BATCH_MAX,
      lingerMs: config.BHYT_LOOKUP_LINGER_MS,
    });
  }

  /** Resolves once the event is committed to the outbox; throws EventValidationError for an invalid one. */
  record(event: NewEvent): Promise<void> {
    return this.batcher.add(this.envelopes.create(event));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.batcher.flush();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.batcher.flush();
  }

  /**
   * One INSERT of the whole batch: a single statement is atomic on its own, so it needs no explicit transaction
   * (one round trip instead of three on the hot path); then the relay is nudged, as TransactionalOutbox does
   * after its commits.
   */
  private async write(events: readonly CloudEvent<unknown>[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO ${qualifiedTable(this.dataSource.manager, OutboxRecord)} (event_id, type, envelope) ` +
        'SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::jsonb[])',
      [events.map((e) => e.id), events.map((e) => e.type), events.map((e) => JSON.stringify(e.toJSON()))],
    );
    this.relay.nudge();
  }
}
