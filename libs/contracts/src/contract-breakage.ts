// What a contract test breaks: data the schema must reject, and where ajv must say it is wrong.
export interface Breakage {
  readonly name: string;
  readonly data: unknown;
  /** The instancePath ajv must report: the schema rejects the data for this reason and not another one. */
  readonly path: string;
}

/** A copy of `data` without `field`. */
export function without<D extends object>(data: D, field: keyof D): Partial<D> {
  const copy: Partial<D> = { ...data };
  delete copy[field];
  return copy;
}
