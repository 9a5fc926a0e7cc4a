import { connect, type Socket } from 'node:net';
import { FrameAssembler } from './frame-assembler';

/** Anything that makes a connection unusable; its user reconnects (after refreshing metadata). */
export class KafkaConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KafkaConnectionError';
  }
}

/** The socket's one read buffer: its reads are copied out into their frames at once. */
const READ_BUFFER_BYTES = 64 * 1024;

interface Waiting {
  readonly resolve: (body: Buffer) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout | undefined;
}

/**
 * One TCP connection to a Kafka broker: size-prefixed frames built by the caller (so a produced batch is written
 * once, straight into its request), correlation ids, any number of requests in flight (the broker answers in
 * order). The socket reads into one reused buffer and each response is copied once, into a buffer of its own size
 * (FrameAssembler). Used by our fetcher and producer.
 */
export class KafkaConnection {
  private readonly socket: Socket;
  private readonly waiting = new Map<number, Waiting>();
  private nextCorrelationId = 1;
  private readonly frames: FrameAssembler;
  private failure: Error | undefined;
  private readonly ready: Promise<void>;

  constructor(
    readonly host: string,
    readonly port: number,
    /** How long an answer may take before the connection is given up; none when undefined. */
    private readonly timeoutMs?: number,
    /** Where responses are read into (see FrameAssembler). */
    allocateFrame?: (size: number) => Buffer,
  ) {
    this.frames = new FrameAssembler((frame) => this.answer(frame), allocateFrame);
    this.socket = connect({
      host,
      port,
      noDelay: true,
      onread: {
        buffer: Buffer.allocUnsafe(READ_BUFFER_BYTES),
        // true: keep reading (returning false would pause the socket)
        callback: (read, buffer) => this.receive(buffer, read),
      },
    });
    this.ready = new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('error', reject);
    });
    // a connection that fails before its first request must not be an unhandled rejection: request() reports it
    this.ready.catch(() => undefined);
    this.socket.on('error', (error) => this.fail(`${error.message}`));
    this.socket.on('close', () => this.fail('connection closed'));
  }

  get broken(): boolean {
    return this.failure !== undefined;
  }

  /** Sends the frame `build` makes for a correlation id; resolves the response body (after the correlation id). */
  async request(build: (correlationId: number) => Buffer): Promise<Buffer> {
    await this.ready.catch((error: Error) => {
      throw new KafkaConnectionError(`${this.host}:${this.port}: ${error.message}`);
    });
    if (this.failure) throw this.failure;
    const correlationId = this.nextCorrelationId++;
    const frame = build(correlationId);
    return new Promise<Buffer>((resolve, reject) => {
      const timer =
        this.timeoutMs === undefined
          ? undefined
          : setTimeout(() => this.fail(`no answer in ${this.timeoutMs} ms`), this.timeoutMs);
      this.waiting.set(correlationId, { resolve, reject, timer });
      this.socket.write(frame);
    });
  }

  close(): void {
    this.fail('closed by the client');
  }

  private receive(buffer: Uint8Array, read: number): true {
    try {
      this.frames.push(buffer, read);
    } catch (error) {
      this.fail(`unreadable response: ${error instanceof Error ? error.message : String(error)}`);
    }
    return true;
  }

  private answer(frame: Buffer): void {
    const correlationId = frame.readInt32BE(0);
    const waiting = this.waiting.get(correlationId);
    if (!waiting) return this.fail(`unexpected correlation id ${correlationId}`);
    this.waiting.delete(correlationId);
    clearTimeout(waiting.timer);
    waiting.resolve(frame.subarray(4));
  }

  private fail(reason: string): void {
    if (this.failure) return;
    this.failure = new KafkaConnectionError(`${this.host}:${this.port}: ${reason}`);
    this.socket.destroy();
    for (const waiting of this.waiting.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(this.failure);
    }
    this.waiting.clear();
  }
}
