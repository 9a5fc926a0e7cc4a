import { parentPort, type MessagePort } from 'node:worker_threads';
import { checkRecord } from '../../bus/check-record';
import type { EventReducer, ReducibleEvent } from '../../bus/event-bus.port';
import { EventKeyList } from '../../bus/event-keys';
import { EventCatalog } from '../../catalog/event-catalog';
import { RecordSetReader } from '../fetch/record-batches';
import type { RecordLayout } from '../fetch/record-layout';
import { BinaryEventReader } from './binary-event-reader';
import type {
  BatchAnswer,
  BatchTask,
  FromWorker,
  RejectedRecord,
  ToWorker,
  WorkerReady,
  WorkerRecycled,
} from './reduce-messages';

/** Records decoded and reduced at a time: few enough that they die before the next scavenge. */
const SLICE_RECORDS = 256;

/**
 * The body of a reducer worker thread: loads the subscription's reducer from its module, checks every record of a
 * batch against the reducer's contracts and reduces the valid events. It keeps each batch's bytes until the
 * subscribing thread says whether to reduce it again without some events (duplicates) or to forget it.
 */
export function runReducerWorker(reducerModule: string, port: MessagePort = parentPort!): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module is the subscription's choice
  const { eventReducer } = require(reducerModule) as { eventReducer?: EventReducer<unknown> };
  if (!eventReducer) throw new Error(`${reducerModule} exports no eventReducer`);
  const catalog = new EventCatalog(eventReducer.contracts);
  const binary = new BinaryEventReader(catalog);
  const kept = new Map<number, BatchTask>();

  const answer = (message: ToWorker): { reply: FromWorker<unknown>; transfer?: ArrayBuffer[] } => {
    if (message.kind === 'batch') {
      kept.set(message.id, message);
      const { answer: reply, transfer } = readBatch(message);
      return { reply, transfer };
    }
    const task = kept.get(message.id);
    if (message.kind === 'release') return { reply: { id: message.id, again: true } };
    if (!task) throw new Error(`batch ${message.id} is not kept`);
    return {
      reply: { id: message.id, again: true, summary: readBatch(task, new Set(message.drop)).answer.summary },
    };
  };

  /** After its follow-up, a batch is forgotten and its bytes go back to the pool (the events were views of them). */
  const recycle = (id: number): void => {
    const task = kept.get(id);
    if (!task) return;
    kept.delete(id);
    const buffer = task.bytes.buffer as ArrayBuffer;
    port.postMessage({ recycled: buffer } satisfies WorkerRecycled, [buffer]);
  };

  const readBatch = (
    task: BatchTask,
    drop?: ReadonlySet<number>,
  ): { answer: BatchAnswer<unknown>; transfer: ArrayBuffer[] } => {
    const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    const reader = new RecordSetReader(task.topic, task.partition, bytes, task.from);
    const keys = new EventKeyList(task.until - task.from);
    const rejected: RejectedRecord[] = [];
    let summary: unknown;
    let events: ReducibleEvent[] = [];
    const visit = (layout: RecordLayout): void => {
      const index = keys.count;
      let event = binary.read(layout, keys);
      if (event === undefined) {
        // not the common case: the full decoding decides, and names what is wrong
        const record = layout.toRecord();
        const checked = checkRecord(catalog, record);
        if (!('event' in checked)) return void rejected.push({ record, reason: checked });
        keys.add(checked.event.id, layout.offset);
        event = checked.event;
      }
      if (!drop?.has(index)) events.push(event);
    };
    while (reader.offset < task.until) {
      reader.readEach(task.until, SLICE_RECORDS, visit);
      if (events.length > 0) summary = eventReducer.reduce(events, summary);
      events = [];
      if (reader.done) break;
    }
    const done = keys.done();
    return { answer: { id: task.id, keys: done.keys, rejected, summary }, transfer: done.transfer };
  };

  // loaded: the pool may hand batches over (they would queue meanwhile anyway)
  port.postMessage({ ready: true } satisfies WorkerReady);
  port.on('message', (message: ToWorker) => {
    let reply: FromWorker<unknown>;
    let transfer: ArrayBuffer[] | undefined;
    try {
      ({ reply, transfer } = answer(message));
    } catch (error) {
      reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
    }
    // release answers nothing: the pool does not wait for it
    if (message.kind !== 'release') port.postMessage(reply, transfer);
    if (message.kind !== 'batch') recycle(message.id);
  });
}
