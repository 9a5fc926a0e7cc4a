import { Pool } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
import { XroadError } from './xroad-error';

export interface ProviderRequest {
  readonly url: URL;
  /** Path and query sent to the provider. */
  readonly path: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer | undefined;
}

export interface ProviderAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/**
 * Keep-alive connection pools to the providers, one per origin (undici Pool): no connection set-up per call, and
 * a bound on the connections each provider sees. Network failures become Server.ServerProxy.ServiceFailed, a
 * provider too slow to answer Server.ServerProxy.Timeout.
 */
export class ProviderClient {
  private readonly pools = new Map<string, Pool>();

  constructor(
    private readonly connections: number,
    private readonly timeoutMs: number,
  ) {}

  async send(request: ProviderRequest): Promise<ProviderAnswer> {
    const pool = this.poolOf(request.url.origin);
    try {
      const answer = await pool.request({
        path: request.path,
        method: request.method as 'GET',
        headers: request.headers,
        body: request.body,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
      const chunks: Buffer[] = [];
      for await (const chunk of answer.body) chunks.push(chunk as Buffer);
      return {
        status: answer.statusCode,
        headers: answer.headers,
        body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks),
      };
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
        throw new XroadError(
          'Server.ServerProxy.Timeout',
          'The service provider did not answer in time',
          `${request.url.origin} gave no answer within ${this.timeoutMs} ms`,
        );
      }
      throw new XroadError(
        'Server.ServerProxy.ServiceFailed',
        'The service provider could not be reached',
        `${request.url.origin}: ${code || (error instanceof Error ? error.message : String(error))}`,
      );
    }
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((pool) => pool.close().catch(() => undefined)));
  }

  private poolOf(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, { connections: this.connections, keepAliveTimeout: 30_000, pipelining: 1 });
      this.pools.set(origin, pool);
    }
    return pool;
  }
}
