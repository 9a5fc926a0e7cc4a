import { parentPort, type MessagePort } from 'node:worker_threads';
import { checkRecord } from '../../bus/delivery-pipeline';
import type { DeliveredEvent, EventReducer } from '../../bus/event-bus.port';
import { EventKeyList } from '../../bus/event-keys';
import { EventCatalog } from '../../catalog/event-catalog';
import { RecordSetReader } from '../fetch/record-batches';
import type { BatchAnswer, BatchTask, FromWorker, RejectedRecord, ToWorker } from './reduce-messages';

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
  const kept = new Map<number, BatchTask>();

  const answer = (message: ToWorker): { reply: FromWorker<unknown>; transfer?: ArrayBuffer[] } => {
    if (message.kind === 'batch') {
      kept.set(message.id, message);
      const { answer: reply, transfer } = readBatch(message);
      return { reply, transfer };
    }
    const task = kept.get(message.id);
    kept.delete(message.id);
    if (message.kind === 'release') return { reply: { id: message.id, again: true } };
    if (!task) throw new Error(`batch ${message.id} is not kept`);
    return {
      reply: { id: message.id, again: true, summary: readBatch(task, new Set(message.drop)).answer.summary },
    };
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
    while (reader.offset < task.until) {
      const events: DeliveredEvent[] = [];
      for (const record of reader.readUpTo(task.until, SLICE_RECORDS)) {
        const checked = checkRecord(catalog, record);
        if (!('event' in checked)) {
          rejected.push({ record, reason: checked });
          continue;
        }
        if (!drop?.has(keys.count)) events.push(checked);
        keys.add(checked.event.id, Number(checked.offset));
      }
      if (events.length > 0) summary = eventReducer.reduce(events, summary);
      if (reader.done) break;
    }
    const done = keys.done();
    return { answer: { id: task.id, keys: done.keys, rejected, summary }, transfer: done.transfer };
  };

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
  });
}
