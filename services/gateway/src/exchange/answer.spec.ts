import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readyAnswer } from '../cache/response-cache';
import { faultAnswer, writeAnswer, type Answer } from './answer';
import { Call } from './call';
import { XroadError } from './xroad-error';

/** Serves one answer through writeAnswer and reads it back over HTTP. */
async function served(answer: Answer, cacheHit = false) {
  const server = createServer((request, response) => {
    const call = new Call(request, new Date(), 0);
    call.requestHash = 'rq-hash';
    call.cacheHit = cacheHit;
    writeAnswer(response, call, answer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/r1/x`, {
      headers: { 'x-road-id': 'answer-test-1' },
    });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  } finally {
    server.close();
  }
}

describe('writeAnswer', () => {
  it('sends a cached answer byte for byte (non-ASCII included), with its length and the X-Road headers', async () => {
    const text = JSON.stringify({ holder: 'Nguyễn Văn An', facility: 'Bệnh viện Đa khoa tỉnh Thanh Hóa' });
    const answer = readyAnswer({ status: 200, contentType: 'application/json', body: text });
    const got = await served(answer, true);
    expect(got.status).toBe(200);
    expect(got.bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(Number(got.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect([got.headers.get('x-road-id'), got.headers.get('x-road-request-hash')]).toEqual([
      'answer-test-1',
      'rq-hash',
    ]);
    expect(got.headers.get('x-d06-cache')).toBe('hit');
  });

  it('sends a fault as X-Road does, with Retry-After when it has one', async () => {
    const got = await served(
      faultAnswer(
        new XroadError('Client.RateLimitExceeded', 'Too many calls', 'the limit is 3 calls per 1 s', 2),
      ),
    );
    expect([got.status, got.headers.get('x-road-error'), got.headers.get('retry-after')]).toEqual([
      429,
      'Client.RateLimitExceeded',
      '2',
    ]);
    expect(JSON.parse(got.bytes.toString())).toEqual({
      type: 'Client.RateLimitExceeded',
      message: 'Too many calls',
      detail: 'the limit is 3 calls per 1 s',
    });
    expect(got.headers.get('x-d06-cache')).toBeNull();
  });
});
