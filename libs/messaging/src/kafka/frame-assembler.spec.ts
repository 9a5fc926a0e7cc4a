import { FrameAssembler } from './frame-assembler';

const framed = (body: Buffer): Buffer => {
  const head = Buffer.alloc(4);
  head.writeInt32BE(body.length);
  return Buffer.concat([head, body]);
};

describe('FrameAssembler', () => {
  const bodies = [
    Buffer.from('first'),
    Buffer.alloc(0),
    Buffer.from('a longer third frame'),
    Buffer.from('4'),
  ];
  const stream = Buffer.concat(bodies.map(framed));

  it.each([1, 2, 3, 5, 7, 64, stream.length])(
    'cuts the same frames from reads of %i bytes into one reused buffer',
    (size) => {
      const frames: string[] = [];
      const assembler = new FrameAssembler((frame) => frames.push(frame.toString()));
      const reused = Buffer.alloc(size);
      for (let at = 0; at < stream.length; at += size) {
        const read = stream.copy(reused, 0, at, Math.min(at + size, stream.length));
        assembler.push(reused, read);
        reused.fill(0x2a); // the socket overwrites its buffer with the next read
      }
      expect(frames).toEqual(bodies.map(String));
    },
  );

  it('refuses a negative frame size', () => {
    const assembler = new FrameAssembler(() => undefined);
    expect(() => assembler.push(Buffer.from([0xff, 0xff, 0xff, 0xfe]))).toThrow(/negative/);
  });
});
