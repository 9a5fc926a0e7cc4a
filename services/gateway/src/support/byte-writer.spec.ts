import { ByteWriter } from './byte-writer';

describe('ByteWriter', () => {
  it('writes ASCII, UTF-8 (short and long, with non-ASCII anywhere) and numbers exactly as Buffer.from would', () => {
    const texts = [
      '',
      'a',
      'VN/GOV/000.00.00.H38/HIS',
      'Hồ sơ',
      'abc Hóa',
      'x'.repeat(39) + 'ồ',
      'y'.repeat(200),
      'Thanh Hóa '.repeat(30),
      '😀 emoji',
    ];
    const writer = new ByteWriter(8);
    let expected = '';
    for (const text of texts) {
      writer.utf8(text).byte(0x1f);
      expected += `${text}\u001f`;
    }
    writer
      .ascii('2023-09-12T01:05:00.004Z')
      .number(7)
      .number(1234567)
      .number(0.5)
      .number(-3)
      .ascii('f'.repeat(64));
    expected += `2023-09-12T01:05:00.004Z712345670.5-3${'f'.repeat(64)}`;
    expect(writer.view().equals(Buffer.from(expected, 'utf8'))).toBe(true);
    expect(writer.copy().toString('utf8')).toBe(expected);
    expect(writer.reset().ascii('abc').latin1()).toBe('abc');
  });
});
