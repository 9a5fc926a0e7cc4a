import { connect, type Socket } from 'node:net';
import { RequestWriter } from './kafka-wire';

/** Thrown for anything that makes the connection unusable; the caller reconnects (after refreshing metadata). */
export class BrokerConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrokerConnectionError';
  }
}

interface Pending {
  readonly resolve: (body: Buffer) => void;
  readonly reject: (error: Error) => void;
}

/**
 * One TCP connection to a Kafka broker: size-prefixed frames, correlation ids, any number of requests in flight
 * (the broker answers in order). Responses are assembled from the socket's chunks with one copy at most.
 */
export class BrokerConnection {
  private readonly socket: Socket;
  private readonly pending = new Map<number, Pending>();
  private nextCorrelationId = 1;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private failure: Error | undefined;
  private readonly ready: Promise<void>;

  constructor(
    readonly host: string,
    readonly port: number,
    private readonly clientId: string,
  ) {
    this.socket = connect({ host, port, noDelay: true });
    this.ready = new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('error', reject);
    });
    // a connection that fails before its first request must not be an unhandled rejection: request() reports it
    this.ready.catch(() => undefined);
    this.socket.on('data', (chunk: Buffer) => this.receive(chunk));
    this.socket.on('error', (error) =>
      this.fail(new BrokerConnectionError(`${host}:${port}: ${error.message}`)),
    );
    this.socket.on('close', () => this.fail(new BrokerConnectionError(`${host}:${port}: connection closed`)));
  }

  get broken(): boolean {
    return this.failure !== undefined;
  }

  /** Sends a request (header v1: api key, version, correlation id, client id) and resolves with the body. */
  async request(apiKey: number, apiVersion: number, body: (writer: RequestWriter) => void): Promise<Buffer> {
    await this.ready.catch((error: Error) => {
      throw new BrokerConnectionError(`${this.host}:${this.port}: ${error.message}`);
    });
    if (this.failure) throw this.failure;
    const correlationId = this.nextCorrelationId++;
    const writer = new RequestWriter()
      .int16(apiKey)
      .int16(apiVersion)
      .int32(correlationId)
      .string(this.clientId);
    body(writer);
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(correlationId, { resolve, reject });
      this.socket.write(writer.frame());
    });
  }

  close(): void {
    this.fail(new BrokerConnectionError(`${this.host}:${this.port}: closed by the client`));
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.buffered < 4) return;
      const head = this.chunks[0].length >= 4 ? this.chunks[0] : this.flatten();
      const size = head.readInt32BE(0);
      if (this.buffered < 4 + size) return;
      const all = this.flatten();
      const frame = all.subarray(4, 4 + size);
      const rest = all.subarray(4 + size);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
      const correlationId = frame.readInt32BE(0);
      const waiting = this.pending.get(correlationId);
      if (!waiting) return this.fail(new BrokerConnectionError(`unexpected correlation id ${correlationId}`));
      this.pending.delete(correlationId);
      waiting.resolve(frame.subarray(4));
    }
  }

  private flatten(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0];
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.socket.destroy();
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
