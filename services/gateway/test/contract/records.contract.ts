import { waitFor } from '@d06/testing';
import type { GatewayHarness } from '../support/gateway-harness';
import { asClient, CITIZEN, pathOf } from '../support/world';

export function recordsContract(lgsp: () => GatewayHarness): void {
  describe('message log and operational monitoring', () => {
    it('logs every call, refused ones included, and publishes one monitoring record each', async () => {
      const ids = ['rec-ok-1', 'rec-denied-1', 'rec-unauth-1', 'rec-noclient-1'];
      await lgsp().call('GET', pathOf('facilities'), asClient('his', { 'x-road-id': ids[0] }));
      await lgsp().call('GET', pathOf('accounts'), asClient('his', { 'x-road-id': ids[1] }));
      await lgsp().call('GET', pathOf('facilities'), {
        'x-road-client': asClient('his')['x-road-client'],
        'x-road-id': ids[2],
      });
      await lgsp().call('GET', pathOf('facilities'), { 'x-road-id': ids[3] });
      const rows = await lgsp().logRows('message_id = ANY($1)', [ids]);
      const byId = new Map(rows.map((row) => [row.message_id, row]));
      expect(ids.map((id) => [byId.get(id)?.status, byId.get(id)?.fault_code])).toEqual([
        [200, null],
        [403, 'Server.ServerProxy.AccessDenied'],
        [401, 'Client.AuthenticationFailed'],
        [400, 'Client.BadRequest'],
      ]);
      await waitFor(() => ids.every((id) => lgsp().records.some((r) => r.data?.messageId === id)), {
        timeoutMs: 20_000,
        message: 'a monitoring record per call',
      });
      const denied = lgsp().records.find((r) => r.data?.messageId === ids[1])!;
      expect(denied.type).toBe('vn.d06.exchange.call.completed.v1');
      expect(denied.data).toMatchObject({
        tier: 'lgsp',
        client: 'VN/GOV/000.00.00.H38/HIS',
        service: 'VN/GOV/000.00.00.G03/SSA/accounts',
        method: 'GET',
        status: 403,
        succeeded: false,
        faultCode: 'Server.ServerProxy.AccessDenied',
        costVnd: 0,
        cacheHit: false,
      });
      const ok = lgsp().records.find((r) => r.data?.messageId === ids[0])?.data;
      expect(ok).toMatchObject({ status: 200, succeeded: true, requestSize: 0 });
      expect(ok?.responseSize).toBeGreaterThan(0);
    });

    it('masks personal ID numbers in the logged path and the monitoring record', async () => {
      await lgsp().call('GET', pathOf('accounts'), asClient('social', { 'x-road-id': 'rec-mask-1' }));
      const [row] = await lgsp().logRows('message_id = $1', ['rec-mask-1']);
      expect(row.path).toBe('/038******234/resolve');
      expect(JSON.stringify(row)).not.toContain(CITIZEN);
      await waitFor(() => lgsp().records.some((r) => r.data?.messageId === 'rec-mask-1'), {
        timeoutMs: 20_000,
      });
      const record = lgsp().records.find((r) => r.data?.messageId === 'rec-mask-1')?.data;
      expect(record?.path).toBe('/038******234/resolve');
      expect(JSON.stringify(record)).not.toContain(CITIZEN);
    });

    it('chains the log: the chain verifies, and an edited entry breaks it', async () => {
      const verified = await lgsp().admin('GET', '/admin/message-log/verify');
      expect(verified.status).toBe(200);
      expect(verified.body.valid).toBe(true);
      const chain = verified.body.chains[0];
      expect(chain.entries).toBeGreaterThan(4);
      const table = `"${lgsp().schema}"."message_log"`;
      const [{ seq, status }] = await lgsp().dataSource.query(
        `SELECT seq, status FROM ${table} WHERE chain = $1 ORDER BY seq LIMIT 1 OFFSET 2`,
        [chain.chain],
      );
      await lgsp().dataSource.query(
        `UPDATE ${table} SET status = 200 + status WHERE chain = $1 AND seq = $2`,
        [chain.chain, seq],
      );
      try {
        const broken = await lgsp().admin(
          'GET',
          `/admin/message-log/verify?chain=${encodeURIComponent(chain.chain)}`,
        );
        expect(broken.body).toMatchObject({
          valid: false,
          chains: [{ valid: false, brokenAt: String(seq) }],
        });
      } finally {
        await lgsp().dataSource.query(`UPDATE ${table} SET status = $3 WHERE chain = $1 AND seq = $2`, [
          chain.chain,
          seq,
          status,
        ]);
      }
      expect((await lgsp().admin('GET', '/admin/message-log/verify')).body.valid).toBe(true);
    });

    it('counts the cost of successful priced calls (550 đồng per lookup) in GET /v1/costs', async () => {
      const before = (await lgsp().call('GET', '/v1/costs')).body;
      const priced = (b: any) =>
        b.byClientAndService.find(
          (r: any) =>
            r.client === 'VN/GOV/000.00.00.H38/SOCIAL' && r.service === 'VN/GOV/000.00.00.G03/SSA/accounts',
        ) ?? { calls: 0, vnd: 0 };
      await lgsp().call('GET', pathOf('accounts'), asClient('social'));
      await lgsp().call('GET', pathOf('accounts'), asClient('social'));
      await lgsp().call('GET', pathOf('accounts'), asClient('his')); // refused: free
      const after = (await lgsp().call('GET', '/v1/costs')).body;
      expect(priced(after).vnd - priced(before).vnd).toBe(1_100);
      expect(priced(after).calls - priced(before).calls).toBe(2);
      expect(after.totalVnd - before.totalVnd).toBe(1_100);
    });
  });
}
