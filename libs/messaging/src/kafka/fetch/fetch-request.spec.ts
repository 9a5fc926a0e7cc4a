import type { BrokerConnection } from './broker-connection';
import { fetchPartitions } from './fetch-request';
import { RequestWriter } from './kafka-wire';

/** A connection that keeps the request body it was asked to send and answers an empty Fetch response. */
function capturing(): { connection: BrokerConnection; sent: () => Buffer } {
  let body: Buffer | undefined;
  const connection = {
    request: async (_apiKey: number, _version: number, write: (writer: RequestWriter) => void) => {
      const writer = new RequestWriter();
      write(writer);
      body = writer.frame().subarray(4);
      return Buffer.from([0, 0, 0, 0, 0, 0, 0, 0]); // throttle time 0, no topics
    },
  } as unknown as BrokerConnection;
  return { connection, sent: () => body! };
}

describe('fetchPartitions', () => {
  it('asks the broker to wait for the given bytes or time (fetch.min.bytes, fetch.max.wait.ms)', async () => {
    const { connection, sent } = capturing();
    await fetchPartitions(connection, [{ topic: 't', partition: 0, offset: 5, maxBytes: 1024 }], {
      maxWaitMs: 500,
      minBytes: 1_048_576,
      maxBytes: 4096,
    });
    const body = sent();
    expect(body.readInt32BE(0)).toBe(-1); // a consumer
    expect(body.readInt32BE(4)).toBe(500);
    expect(body.readInt32BE(8)).toBe(1_048_576);
    expect(body.readInt32BE(12)).toBe(4096);
  });
});
