import type { ReducibleEvent } from '../../bus/event-bus.port';
import type { EventKeyList } from '../../bus/event-keys';
import type { EventCatalog } from '../../catalog/event-catalog';
import {
  extensionOf,
  fastUtcMillis,
  utcFromMillis,
  utcTime,
  validSource,
} from '../../envelope/binary-cloud-event';
import type { RecordLayout } from '../fetch/record-layout';
import { RepeatedStrings, sameBytes } from '../fetch/repeated-strings';

// What a header is to the common case (kinds, not strings: a record's names are matched by their bytes)
const IGNORED = 0; // not a ce_* header: the binding leaves it alone
const ID = 1;
const TYPE = 2;
const SOURCE = 3;
const SPEC_VERSION = 4;
const TIME = 5;
const SUBJECT = 6;
const DATA_CONTENT_TYPE = 7;
const CONTENT_TYPE = 8;
const EXTENSION = 9; // a ce_* extension the library accepts: only its value must not be empty
const UNUSUAL = 10; // ce_dataschema, or a ce_* name the library refuses: the full decoding decides

const KINDS = new Map<string, number>([
  ['ce_id', ID],
  ['ce_type', TYPE],
  ['ce_source', SOURCE],
  ['ce_specversion', SPEC_VERSION],
  ['ce_time', TIME],
  ['ce_subject', SUBJECT],
  ['ce_datacontenttype', DATA_CONTENT_TYPE],
  ['content-type', CONTENT_TYPE],
  ['ce_dataschema', UNUSUAL],
]);

function kindOf(name: string): number {
  const known = KINDS.get(name);
  if (known !== undefined) return known;
  if (!name.startsWith('ce_')) return IGNORED;
  return extensionOf(name) === undefined ? UNUSUAL : EXTENSION;
}

/**
 * A valid event read from its record's bytes; its id is made text, and its time canonical UTC text, only if a
 * reducer reads them (the projection reads the time only of events whose data has none).
 */
class BinaryEvent implements ReducibleEvent {
  private idText: string | undefined;
  private utc: string | undefined;

  constructor(
    private readonly bytes: Buffer,
    private readonly idStart: number,
    private readonly idEnd: number,
    readonly type: string,
    readonly source: string,
    /** The ce_time header's text, already checked, and its epoch milliseconds (NaN: the text is canonical). */
    private readonly timeText: string,
    private readonly timeMillis: number,
    readonly data: unknown,
  ) {}

  get id(): string {
    return (this.idText ??= this.bytes.toString('utf8', this.idStart, this.idEnd));
  }

  get time(): string {
    return (this.utc ??= Number.isNaN(this.timeMillis)
      ? this.timeText
      : utcFromMillis(this.timeText, this.timeMillis));
  }
}

/**
 * The common case of the CloudEvents Kafka binary binding read for a reducer straight from a record's bytes — the
 * same cases decodeBinaryCloudEvent reads, checked the same way, then the data against its contract — without the
 * record's key, header strings or a CloudEvent: header names are matched by their bytes against the previous
 * record's (producers write the same names in the same order), repeating values are decoded once, and the id goes
 * into the batch's keys from its bytes. Anything else (a missing time, an odd header, data that is not valid JSON or
 * not valid for its contract) gives undefined, and the caller checks the record the full way, which decides and
 * names what is wrong: both ways accept exactly the same records.
 */
export class BinaryEventReader {
  private readonly names = new RepeatedStrings();
  private readonly values = new RepeatedStrings();
  /** The previous record's header names by position: bytes and kind. */
  private readonly guesses: { bytes: Buffer; kind: number }[] = [];

  constructor(private readonly catalog: EventCatalog) {}

  /** The record's event with its key added to `keys`, or undefined (nothing added) when it is not the common case. */
  read(layout: RecordLayout, keys: EventKeyList): ReducibleEvent | undefined {
    const { buffer, headers } = layout;
    if (layout.valueLength < 0) return undefined;
    let seen = 0;
    let idStart = 0;
    let idLength = 0;
    let type = '';
    let source = '';
    let time = '';
    let timeMillis = Number.NaN;
    let contentType = false;
    for (let h = 0; h < layout.headerCount; h++) {
      const textAt = headers[4 * h + 2];
      const textLength = headers[4 * h + 3];
      if (textLength < 0) continue; // a null header is no header
      const kind = this.kindAt(buffer, headers[4 * h], headers[4 * h + 1], h);
      if (kind === IGNORED) continue;
      if (kind === UNUSUAL || textLength === 0) return undefined;
      if (kind === EXTENSION) continue;
      // a repeated attribute keeps its first value in the full decoding: leave such records to it
      const bit = 1 << kind;
      if (seen & bit) return undefined;
      seen |= bit;
      switch (kind) {
        case ID:
          idStart = textAt;
          idLength = textLength;
          break;
        case TYPE:
          type = this.values.text(buffer, textAt, textAt + textLength);
          break;
        case SOURCE:
          source = this.values.text(buffer, textAt, textAt + textLength);
          if (!validSource(source)) return undefined;
          break;
        case SPEC_VERSION:
          if (
            textLength !== 3 ||
            buffer[textAt] !== 49 ||
            buffer[textAt + 1] !== 46 ||
            buffer[textAt + 2] !== 48
          )
            return undefined; // not 1.0
          break;
        case TIME: {
          const text = buffer.toString('utf8', textAt, textAt + textLength);
          const millis = fastUtcMillis(text);
          if (millis !== undefined) {
            time = text;
            timeMillis = millis;
            break;
          }
          const utc = utcTime(text); // the rare other shapes: decided (and made canonical) now
          if (utc === undefined) return undefined;
          time = utc;
          timeMillis = Number.NaN;
          break;
        }
        case CONTENT_TYPE:
          contentType = this.values.text(buffer, textAt, textAt + textLength).startsWith('application/json');
          if (!contentType) return undefined;
          break;
      }
    }
    if (
      !contentType ||
      idLength === 0 ||
      type === '' ||
      source === '' ||
      time === '' ||
      !(seen & (1 << SPEC_VERSION))
    )
      return undefined;
    if (!this.catalog.has(type)) return undefined;
    const data = parseJson(buffer, layout.valueStart, layout.valueStart + layout.valueLength);
    if (data === INVALID || !this.catalog.accepts(type, data)) return undefined;
    if (!keys.addUuidBytes(buffer, idStart, idLength, layout.offset))
      keys.add(buffer.toString('utf8', idStart, idStart + idLength), layout.offset);
    return new BinaryEvent(buffer, idStart, idStart + idLength, type, source, time, timeMillis, data);
  }

  /** The kind of the header name at `start`: the previous record's name at `index` when the bytes match. */
  private kindAt(buffer: Buffer, start: number, length: number, index: number): number {
    const guess = this.guesses[index];
    if (guess !== undefined && sameBytes(guess.bytes, buffer, start, start + length)) return guess.kind;
    const kind = kindOf(this.names.text(buffer, start, start + length));
    if (index < 64)
      this.guesses[index] = { bytes: Buffer.from(buffer.subarray(start, start + length)), kind };
    return kind;
  }
}

const INVALID = Symbol('invalid JSON');

function parseJson(buffer: Buffer, start: number, end: number): unknown {
  try {
    return JSON.parse(buffer.toString('utf8', start, end));
  } catch {
    return INVALID;
  }
}
