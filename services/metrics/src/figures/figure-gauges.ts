import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { metricsRegistry } from '@d06/observability';
import { ReportService } from '../report/report.service';

/** The key counters dashboards chart, totalled over all days per province. */
const KEY_COUNTERS: Record<string, string> = {
  'citizen.registered': 'citizens_registered',
  'idcard.applied': 'idcard_applications',
  'bhyt.lookup': 'bhyt_lookups',
  'bhyt.lookup.succeeded': 'bhyt_lookups_succeeded',
  'bhyt.claim': 'bhyt_claims',
  'bhyt.participant.synced.valid': 'bhyt_cards_synced_with_id_card',
  'eid.requested': 'eid_applications',
  'eid.activated': 'eid_activations',
  'ssa.payment.succeeded': 'ssa_payments_cashless',
  'dossier.received': 'dossiers_received',
  'dossier.received.online': 'dossiers_online',
  'dossier.completed.on-time': 'dossiers_on_time',
  'dossier.completed.overdue': 'dossiers_overdue',
  'linked.completed': 'linked_runs_completed',
  'linked.completed.within-limit': 'linked_runs_within_limit',
  'xc.calls': 'exchange_calls',
  'xc.succeeded': 'exchange_calls_succeeded',
  'record.verified': 'records_verified',
  'record.verified.match': 'records_matched',
};

/**
 * `d06_report_figure{province, figure}`: read from the store at scrape time, so it is always what the report
 * would say (events counted so far, all days; dimensions such as service or level are summed).
 */
@Injectable()
export class FigureGauges implements OnModuleDestroy {
  private readonly gauge: Gauge<'province' | 'figure'>;

  constructor(reports: ReportService) {
    metricsRegistry.removeSingleMetric('d06_report_figure');
    this.gauge = new Gauge({
      name: 'd06_report_figure',
      help: 'Key Đề án 06 report figures counted from events, all days, per province',
      labelNames: ['province', 'figure'],
      registers: [metricsRegistry],
      collect: async () => {
        const values = new Map<string, number>();
        for (const { province, metric, value } of await reports.reader.totals()) {
          const colon = metric.indexOf(':');
          const figure = KEY_COUNTERS[colon < 0 ? metric : metric.slice(0, colon)];
          if (figure === undefined || metric.startsWith('xc.lat')) continue;
          const key = `${province}|${figure}`;
          values.set(key, (values.get(key) ?? 0) + value);
        }
        this.gauge.reset();
        for (const [key, value] of values) {
          const [province, figure] = key.split('|');
          this.gauge.set({ province, figure }, value);
        }
      },
    });
  }

  onModuleDestroy(): void {
    metricsRegistry.removeSingleMetric('d06_report_figure');
  }
}
