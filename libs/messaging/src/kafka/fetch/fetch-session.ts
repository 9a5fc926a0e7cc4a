import { Logger } from '@nestjs/common';
import { InterruptedError, interruptibleSleep } from '../../bus/interruptible-sleep';
import { backoffDelay, retryPolicy } from '../../bus/retry-policy';
import { fetchPartitions, type FetchedPartition } from './fetch-request';
import { FetchedSets, type FetchedBatch } from './fetched-sets';
import type { AssignedPartition, FetchSessionDeps, PartitionState } from './fetch-session.types';
import { FrameLease, FramePool } from './frame-pool';
import { LeaderConnections } from './leader-connections';
import { RecordSetReader } from './record-batches';

/**
 * Batches of one partition handed over at a time: the next ones are read (in worker threads) while the one before
 * is stored, so a partition's batches do not wait for each other's database round trip (three: 5 % faster than
 * two in a 2M-event ingest, where two left the workers idle now and then).
 */
const BATCHES_IN_FLIGHT = 3;
const RETRY = retryPolicy({ maxAttempts: Number.POSITIVE_INFINITY, initialDelayMs: 200, maxDelayMs: 5_000 });
/** Fetch errors cured by fresh metadata: unknown partition, leader not available, not leader, leader epochs. */
const METADATA_ERRORS = new Set([3, 5, 6, 74, 75]);
const OFFSET_OUT_OF_RANGE = 1;

/**
 * Fetches the partitions of one group assignment straight from their leaders (one Fetch request for all of them,
 * decoded by RecordSetReader) while a worker per partition hands fetched records to the handler: fetching
 * runs ahead of handling, and partitions are handled concurrently, so database round trips overlap with decoding.
 * A failed handler resets its partition to the stored position and refetches from there, so nothing is skipped.
 */
export class FetchSession {
  private readonly logger = new Logger('EventBus');
  private readonly states: PartitionState[] = [];
  private readonly leaders: LeaderConnections;
  private readonly frames = new FramePool();
  private readonly abort = new AbortController();
  private wakeFetcher: (() => void) | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private rotation = 0;

  constructor(private readonly deps: FetchSessionDeps) {
    this.leaders = new LeaderConnections(deps.admin, deps.clientId, this.frames);
  }

  async start(assignment: readonly AssignedPartition[]): Promise<void> {
    const positions = await Promise.all(assignment.map((partition) => this.deps.loadPosition(partition)));
    assignment.forEach((partition, i) =>
      this.states.push({
        ...partition,
        committed: positions[i],
        handedTo: positions[i],
        end: positions[i],
        fetchAt: positions[i],
        fetched: new FetchedSets(() => this.wakeFetcher?.()),
        epoch: 0,
        resetting: false,
        leader: -1,
      }),
    );
    await this.refreshLeaders();
    if (!this.active) return; // stopped while loading positions
    this.running = Promise.allSettled([this.fetchLoop(), ...this.states.map((state) => this.worker(state))]);
  }

  /** Stops fetching and waits for batches being handled to finish (none is started after this). */
  async stop(): Promise<void> {
    this.abort.abort();
    this.wakeFetcher?.();
    for (const state of this.states) state.wakeWorker?.();
    this.leaders.closeAll();
    await this.running;
  }

  private get active(): boolean {
    return !this.abort.signal.aborted;
  }

  private async fetchLoop(): Promise<void> {
    let failures = 0;
    while (this.active) {
      const eligible = this.states.filter(
        (s) => !s.resetting && s.fetched.bytes < this.deps.tuning.aheadBytesPerPartition,
      );
      if (eligible.length === 0) {
        await new Promise<void>((resolve) => (this.wakeFetcher = resolve));
        continue;
      }
      // the partitions with the least fetched ahead first (rotated among equals), so a byte limit reached early
      // never starves the same partitions and none falls behind the others for want of records
      this.rotation = (this.rotation + 1) % eligible.length;
      const ordered = [...eligible.slice(this.rotation), ...eligible.slice(0, this.rotation)].sort(
        (a, b) => a.fetched.bytes - b.fetched.bytes,
      );
      try {
        const refresh = await this.fetchOnce(ordered);
        failures = 0;
        if (refresh) await this.refreshLeaders();
      } catch (error) {
        if (!this.active) return;
        failures++;
        this.logger.warn(
          `fetch failed (attempt ${failures}): ${error instanceof Error ? error.message : String(error)}`,
        );
        this.leaders.closeAll();
        if (!(await this.pause(backoffDelay(RETRY, failures)))) return;
        await this.refreshLeaders().catch(() => undefined);
      }
    }
  }

  /** One round: a Fetch to each leader; true when metadata must be refreshed. */
  private async fetchOnce(states: readonly PartitionState[]): Promise<boolean> {
    const byLeader = new Map<number, PartitionState[]>();
    for (const state of states) byLeader.set(state.leader, [...(byLeader.get(state.leader) ?? []), state]);
    const rounds = await Promise.all(
      [...byLeader].map(async ([leader, list]) => {
        const epochs = list.map((s) => s.epoch);
        const fetched = await fetchPartitions(
          await this.leaders.to(leader),
          list.map((s) => ({
            topic: s.physicalTopic,
            partition: s.partition,
            offset: s.fetchAt,
            maxBytes: this.deps.tuning.maxBytesPerPartition,
          })),
          {
            maxWaitMs: this.deps.tuning.maxWaitMs,
            minBytes: this.deps.tuning.minBytes,
            maxBytes: this.deps.tuning.maxBytes,
          },
        );
        return { list, epochs, fetched };
      }),
    );
    let refresh = false;
    for (const { list, epochs, fetched } of rounds) {
      const lease = new FrameLease(fetched.response, this.frames);
      for (const answer of fetched.partitions) {
        const at = list.findIndex(
          (s) => s.physicalTopic === answer.topic && s.partition === answer.partition,
        );
        if (at < 0 || list[at].epoch !== epochs[at] || !this.active) continue;
        refresh = (await this.accept(list[at], answer, lease)) || refresh;
      }
      lease.seal();
    }
    return refresh;
  }

  private async accept(state: PartitionState, answer: FetchedPartition, lease: FrameLease): Promise<boolean> {
    if (answer.errorCode === OFFSET_OUT_OF_RANGE) {
      const low = await this.deps.lowWatermark(state);
      this.logger.warn(
        `${state.topic}/${state.partition}: offset ${state.fetchAt} is out of range, continuing from ${low}`,
      );
      state.fetchAt = low;
      return false;
    }
    if (answer.errorCode !== 0) {
      this.logger.warn(`${state.topic}/${state.partition}: fetch error code ${answer.errorCode}`);
      return METADATA_ERRORS.has(answer.errorCode);
    }
    state.end = answer.highWatermark;
    this.deps.onFetched?.(state, answer.highWatermark, state.committed);
    if (answer.recordSet.length === 0) return false;
    const reader = new RecordSetReader(
      state.topic,
      state.partition,
      answer.recordSet,
      state.fetchAt,
      answer.aborted,
    );
    if (reader.nextOffset <= state.fetchAt) return false;
    state.fetchAt = reader.nextOffset;
    state.fetched.add(reader, answer.recordSet.length, lease);
    state.wakeWorker?.();
    return false;
  }

  private async worker(state: PartitionState): Promise<void> {
    let failures = 0;
    /** Batches handed over and not yet settled, oldest first: each resolves with the position after it. */
    const inFlight: Promise<number>[] = [];
    while (this.active) {
      if (state.resetting) {
        // the reload after a failure failed too: nothing is handled until the stored position is known
        if (!(await this.pause(backoffDelay(RETRY, ++failures)))) break;
        await this.reset(state).catch(() => undefined);
        continue;
      }
      if (inFlight.length > 0 && !this.canHandOver(state, inFlight.length)) {
        try {
          state.committed = await inFlight.shift()!;
          failures = 0;
        } catch (error) {
          // the batches after it fail too (their turn never comes): wait for them, then read again from the store
          await Promise.allSettled(inFlight.splice(0));
          failures++;
          this.logger.warn(
            `batch handler failed on ${state.topic}/${state.partition}@${state.committed} (attempt ${failures}): ${
              error instanceof Error ? error.message : String(error)
            }`,
          );
          if (!(await this.pause(backoffDelay(RETRY, failures)))) break;
          await this.reset(state).catch(() => undefined);
        }
        continue;
      }
      if (state.fetched.empty) {
        await new Promise<void>((resolve) => (state.wakeWorker = resolve));
        state.wakeWorker = undefined;
        continue;
      }
      let batch: FetchedBatch;
      try {
        batch = state.fetched.next(state.handedTo, this.deps.maxBatchSize);
      } catch (error) {
        // handled as a failed batch: read again from the store
        inFlight.push(Promise.reject(error instanceof Error ? error : new Error(String(error))));
        continue;
      }
      inFlight.push(this.handOver(state, batch, state.handedTo, inFlight.at(-1)));
      state.handedTo = batch.nextOffset;
    }
    await Promise.allSettled(inFlight);
  }

  /**
   * Whether another batch may be handed over now: fewer than BATCHES_IN_FLIGHT are, records are fetched, the
   * handler has already taken the previous batch's records (a batch decoded as it is handled is read during its
   * turn, so the next one waits for it), and the partition is not ahead of the others: one that has less left to
   * read than the furthest behind (by more than two batches) keeps one batch in flight, so the workers serve the
   * laggards and the partitions of a backlog finish together instead of one by one.
   */
  private canHandOver(state: PartitionState, inFlight: number): boolean {
    if (inFlight >= BATCHES_IN_FLIGHT || state.fetched.empty || !state.fetched.startsAt(state.handedTo))
      return false;
    const left = (s: PartitionState): number => s.end - s.handedTo;
    const mostLeft = Math.max(...this.states.map(left));
    return left(state) + 2 * this.deps.maxBatchSize >= mostLeft;
  }

  /** Hands a batch over; its turn to store comes when `previous` (the batch before it) has settled. */
  private handOver(
    state: PartitionState,
    batch: FetchedBatch,
    fromOffset: number,
    previous: Promise<number> | undefined,
  ): Promise<number> {
    const turn = previous ? previous.then(() => undefined) : Promise.resolve();
    // the handler observes it; one that fails before awaiting it must not leave a rejection unhandled
    turn.catch(() => undefined);
    return this.deps.handle(state, batch, fromOffset, turn).then(() => batch.nextOffset);
  }

  /**
   * Forgets what was fetched ahead and starts again from the stored position. The partition is not fetched while
   * the position loads (see `resetting`), and answers to fetches already sent are dropped (`epoch`).
   */
  private async reset(state: PartitionState): Promise<void> {
    state.resetting = true;
    state.epoch++;
    state.fetched.clear();
    const position = await this.deps.loadPosition(state);
    state.committed = position;
    state.handedTo = position;
    state.fetchAt = position;
    state.resetting = false;
    this.wakeFetcher?.();
  }

  private async refreshLeaders(): Promise<void> {
    const leaders = await this.leaders.leaders([...new Set(this.states.map((s) => s.physicalTopic))]);
    for (const state of this.states)
      state.leader = leaders.get(`${state.physicalTopic}/${state.partition}`) ?? state.leader;
  }

  /** Waits, unless the session stops first; false when it stopped. */
  private async pause(ms: number): Promise<boolean> {
    try {
      await interruptibleSleep(ms, this.abort.signal);
      return true;
    } catch (error) {
      if (error instanceof InterruptedError) return false;
      throw error;
    }
  }
}
