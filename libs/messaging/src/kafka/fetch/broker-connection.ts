import { KafkaConnection } from '../kafka-connection';
import type { FramePool } from './frame-pool';
import { RequestWriter } from './kafka-wire';

/** A connection that writes the request header (v1: api key, version, correlation id, client id) for its caller. */
export class BrokerConnection {
  private readonly connection: KafkaConnection;

  constructor(
    host: string,
    port: number,
    private readonly clientId: string,
    frames?: FramePool,
  ) {
    this.connection = new KafkaConnection(host, port, undefined, frames && ((size) => frames.allocate(size)));
  }

  get broken(): boolean {
    return this.connection.broken;
  }

  /** Sends a request and resolves with the response body. */
  request(apiKey: number, apiVersion: number, body: (writer: RequestWriter) => void): Promise<Buffer> {
    return this.connection.request((correlationId) => {
      const writer = new RequestWriter()
        .int16(apiKey)
        .int16(apiVersion)
        .int32(correlationId)
        .string(this.clientId);
      body(writer);
      return writer.frame();
    });
  }

  close(): void {
    this.connection.close();
  }
}
