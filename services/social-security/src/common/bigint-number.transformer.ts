import type { ValueTransformer } from 'typeorm';

/** VND amounts are bigint columns (a province's month exceeds 2^31 đồng) read back as JS numbers (< 2^53). */
export const BIGINT_NUMBER: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
