import { DECISION_06_SERVICES, DECISION_422_SERVICES, type EssentialService } from '@d06/domain';
import { BEGINNING } from '../../store/figure-reader';
import { M } from '../../ingest/metric-names';
import type { FigureContext } from '../figure-context';
import { rate } from '../figure-context';
import type { ServiceRow } from '../report.types';

/**
 * The appendix tables: per service, dossiers received in the period (total, online, online rate) and dossiers
 * completed in the period on time or late. A service is `connected` to the national portal when it belongs to
 * Đề án 06 (all 25 are deployed) or any of its dossiers' statuses reached the portal; the linked ones are
 * `linked-done`.
 */
export async function essentialServicesSection(
  ctx: FigureContext,
): Promise<{ decision06: ServiceRow[]; decision422: ServiceRow[] }> {
  const rows = async (services: readonly EssentialService[], table: string): Promise<ServiceRow[]> => {
    const result: ServiceRow[] = [];
    for (const [index, service] of services.entries()) {
      result.push(await serviceRow(ctx, service, `essentialServices.${table}[${index}]`));
    }
    return result;
  };
  return {
    decision06: await rows(DECISION_06_SERVICES, 'decision06'),
    decision422: await rows(DECISION_422_SERVICES, 'decision422'),
  };
}

async function serviceRow(ctx: FigureContext, service: EssentialService, path: string): Promise<ServiceRow> {
  const key = service.key;
  const total = await ctx.inPeriod(`${path}.total`, M.dossierReceived(key));
  const online = await ctx.inPeriod(`${path}.online`, M.dossierOnline(key));
  const onTime = await ctx.inPeriod(`${path}.onTime`, M.dossierOnTime(key));
  const overdue = await ctx.inPeriod(`${path}.overdue`, M.dossierOverdue(key));
  const rejected = await ctx.inPeriod(`${path}.rejected`, M.dossierRejected(key));
  const withdrawn = await ctx.inPeriod(`${path}.withdrawn`, M.dossierWithdrawn(key));
  ctx.derived(`${path}.onlineRate`, 'online / total × 100, 2 decimals (0 when total is 0)');
  const synced = (await ctx.sums(BEGINNING, ctx.period.to)).get(M.portalSynced(key)) ?? 0;
  const portal = service.linked
    ? 'linked-done'
    : service.programme === 'decision-06' || synced > 0
      ? 'connected'
      : 'not-connected';
  const row: ServiceRow = {
    key,
    name: service.name,
    portal,
    total,
    online,
    onlineRate: total === 0 ? 0 : rate(online, total),
    onTime,
    overdue,
    rejected,
    withdrawn,
  };
  const difficulty = await difficultyOf(ctx, service, total, `${path}.difficulty`);
  if (difficulty) row.difficulty = difficulty;
  return row;
}

async function difficultyOf(
  ctx: FigureContext,
  service: EssentialService,
  total: number,
  path: string,
): Promise<string | undefined> {
  if (service.key === 'da06-17') {
    const failed = await ctx.inPeriod(path, M.bhytRenewalFailed);
    if (failed > 0)
      return `${failed} household renewals failed at the premium-confirmation step of the premium-deduction software.`;
  }
  return total === 0 ? 'No dossiers in the period.' : undefined;
}
