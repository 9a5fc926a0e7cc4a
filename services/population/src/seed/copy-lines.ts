import type { DataDefectRecord, GeneratedHousehold, GeneratedPerson } from '@d06/synthetic';
import { copyField as f } from '@d06/persistence';
import type { SeedTable } from './seed-rows';

// Hand-unrolled COPY text lines, one per table: the loader's hot path (millions of rows), so no intermediate arrays.
// seed-rows.ts has the same rows as value arrays; a test holds the two to the same output. Free text (names,
// addresses, ethnicity) is escaped; identifiers, codes, dates and enums are written as they are, since the
// generator makes them of digits, letters, dashes and underscores only (a test checks that too).

/** A code, date or enum value: no escaping needed; NULL as \N. */
function c(value: string | null): string {
  return value ?? '\\N';
}

export function citizenLine(p: GeneratedPerson): string {
  const r = p.permanent;
  const t = p.temporary;
  return (
    `${p.idNumber}\t${f(p.fullName)}\t${p.birthDate}\t${p.sex}\t${f(p.ethnicity)}\t` +
    `${p.birthplaceProvince}\t${p.hometownProvince}\t${r.provinceCode}\t${r.districtCode}\t` +
    `${r.communeCode}\t${f(r.address)}\t` +
    (t
      ? `${t.provinceCode}\t${t.districtCode}\t${t.communeCode}\t${f(t.address)}\t${t.until}\t`
      : '\\N\t\\N\t\\N\t\\N\t\\N\t') +
    `${p.householdId}\t${p.relationToHead}\t${c(p.fatherIdNumber)}\t${c(p.motherIdNumber)}\t` +
    `${p.maritalStatus}\n`
  );
}

export function householdLine(h: GeneratedHousehold): string {
  const r = h.residence;
  return `${h.householdId}\t${h.headIdNumber}\t${r.provinceCode}\t${r.districtCode}\t${r.communeCode}\t${f(r.address)}\n`;
}

export function idcardLine(p: GeneratedPerson): string {
  const card = p.idCard!;
  return `${p.idNumber}\t${card.issuedOn}\t${c(card.expiresOn)}\t${card.chip ? 't' : 'f'}\t${card.status}\n`;
}

export function defectLine(d: DataDefectRecord): string {
  return `${d.idNumber}\t${d.sector}\t${d.field}\t${d.kind}\n`;
}

/** Chunk size of the COPY data: big enough to keep per-write overhead low, small enough to stay off-heap cheap. */
const CHUNK_BYTES = 256 * 1024;
/**
 * Lines are gathered as a string of up to this many UTF-16 units, then encoded in one call: one encoding call per
 * line cost more than the lines themselves. Kept well under V8's large-object size (~128 KB; Vietnamese text is
 * stored two bytes a character), since large strings live until a full collection.
 */
const PENDING_CHARS = 16 * 1024;
/** Longest line accepted: the widest row (citizens) stays well under it. */
const MAX_LINE_CHARS = 4 * 1024;

/**
 * Encodes lines into Buffers (off the JavaScript heap) in chunks, rather than concatenating one big string per
 * batch, which would land in V8's large-object space and make the heap — and the process's RSS — balloon.
 */
export class ChunkEncoder {
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private pending = '';
  private readonly ready: Buffer[] = [];
  rows = 0;

  add(line: string): void {
    if (line.length > MAX_LINE_CHARS) throw new Error(`COPY line too long (${line.length} characters)`);
    this.pending += line;
    this.rows += 1;
    if (this.pending.length >= PENDING_CHARS) this.encodePending();
  }

  /** The chunks encoded since the last call. */
  take(): Buffer[] {
    this.encodePending();
    this.cut();
    return this.ready.splice(0, this.ready.length);
  }

  private encodePending(): void {
    if (this.pending.length === 0) return;
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    if (this.used + this.pending.length * 3 > this.buffer.length) this.cut();
    this.used += this.buffer.write(this.pending, this.used);
    this.pending = '';
  }

  private cut(): void {
    if (this.used === 0) return;
    this.ready.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }
}

/** One encoder per seeded table. */
export type TableEncoders = Record<SeedTable, ChunkEncoder>;

export function tableEncoders(): TableEncoders {
  return {
    citizens: new ChunkEncoder(),
    households: new ChunkEncoder(),
    idcards: new ChunkEncoder(),
    data_defects: new ChunkEncoder(),
  };
}

/** Adds a batch of households to the encoders: one line per household, citizen, card and defect. */
export function encodeBatch(batch: readonly GeneratedHousehold[], encoders: TableEncoders): void {
  for (const household of batch) {
    encoders.households.add(householdLine(household));
    for (const person of household.members) {
      encoders.citizens.add(citizenLine(person));
      if (person.idCard) encoders.idcards.add(idcardLine(person));
      for (const defect of person.defects) encoders.data_defects.add(defectLine(defect));
    }
  }
}
