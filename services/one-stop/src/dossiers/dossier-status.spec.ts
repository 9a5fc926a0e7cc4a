import { actionsFrom, DOSSIER_STATUSES, isTerminal, transition } from './dossier-status';

describe('dossier status machine', () => {
  it('walks received → processing → supplement-requested → processing → completed', () => {
    expect(transition('received', 'process')).toEqual({ ok: true, to: 'processing' });
    expect(transition('processing', 'request-supplement')).toEqual({ ok: true, to: 'supplement-requested' });
    expect(transition('supplement-requested', 'supplement')).toEqual({ ok: true, to: 'processing' });
    expect(transition('processing', 'complete')).toEqual({ ok: true, to: 'completed' });
  });

  it('rejects or withdraws any open dossier', () => {
    for (const from of ['received', 'processing', 'supplement-requested'] as const) {
      expect(transition(from, 'reject')).toEqual({ ok: true, to: 'rejected' });
      expect(transition(from, 'withdraw')).toEqual({ ok: true, to: 'withdrawn' });
    }
  });

  it('refuses to complete a dossier nobody processed, naming where it could be done', () => {
    expect(transition('received', 'complete')).toEqual({ ok: false, allowedFrom: ['processing'] });
    expect(transition('processing', 'supplement')).toEqual({
      ok: false,
      allowedFrom: ['supplement-requested'],
    });
  });

  it('lets nothing leave a terminal status', () => {
    for (const from of ['completed', 'rejected', 'withdrawn'] as const) {
      expect(isTerminal(from)).toBe(true);
      expect(actionsFrom(from)).toEqual([]);
      expect(transition(from, 'process').ok).toBe(false);
    }
    expect(DOSSIER_STATUSES.filter((status) => !isTerminal(status))).toEqual([
      'received',
      'processing',
      'supplement-requested',
    ]);
  });

  it('lists the actions possible from each open status', () => {
    expect(actionsFrom('received')).toEqual(['process', 'request-supplement', 'reject', 'withdraw']);
    expect(actionsFrom('supplement-requested')).toEqual(['supplement', 'reject', 'withdraw']);
  });
});
