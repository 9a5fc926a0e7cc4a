import { fullFormats } from 'ajv-formats/dist/formats';
import { fastDateTimeFormat } from './date-time-format';

describe('fastDateTimeFormat', () => {
  const original = fullFormats['date-time'] as { validate: (text: string) => boolean };
  const fast = fastDateTimeFormat(original);

  it("gives ajv-formats' verdicts", () => {
    const texts = [
      '2023-09-06T08:05:00.000+07:00',
      '2023-09-06T01:05:00Z',
      '1999-12-31T23:59:59.9-11:30',
      '2023-02-29T00:00:00Z',
      '2016-12-31T23:59:60Z', // a real leap second: valid for ajv
      '2023-01-01t10:00:00z',
      '2023-01-01T10:00:00',
      '2023-01-01 10:00:00+07:00',
      '2023-01-01T10:00:00+24:00',
      'not a time',
      '',
    ];
    for (const text of texts) expect([text, fast.validate(text)]).toEqual([text, original.validate(text)]);
  });
});
