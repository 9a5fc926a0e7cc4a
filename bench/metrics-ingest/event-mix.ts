import { EVENT_CONTRACTS, EVENT_TYPES as T, type EventDataMap } from '@d06/contracts';
import { encodeCloudEvent, EnvelopeFactory, EventCatalog, type WireMessage } from '@d06/messaging';
import { v7 as uuidv7 } from 'uuid';

const SERVICES = ['da06-02', 'da06-03', 'da06-04', 'da06-07', 'da06-09', 'da06-12', 'qd422-thamvieng'];
const at = (day: number, minute: number): string =>
  `2023-09-${String(1 + (day % 28)).padStart(2, '0')}T${String(8 + (((minute / 60) % 9) | 0)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000+07:00`;

/**
 * Valid one-stop events (all on onestop.events.v1): dossiers received, processing, completed, portal syncs and
 * linked runs, in the proportions a province's day has. Templates are enveloped and validated once; each record
 * then gets its own UUIDv7 id, dossier code and business time, so the consumer still validates every one.
 */
export function eventMix(): (i: number) => WireMessage {
  const factory = new EnvelopeFactory(new EventCatalog(Object.values(EVENT_CONTRACTS)), 'd06/bench', {
    now: () => new Date(),
  });
  const base = {
    dossierCode: '000.00.38.H56-230901-0000',
    serviceKey: 'da06-03',
    provinceCode: '038',
    communeCode: '38001',
    channel: 'online' as const,
    occurredAt: at(0, 0),
  };
  const received: EventDataMap['vn.d06.onestop.dossier.received.v1'] = {
    ...base,
    receivedAt: at(0, 0),
    dueAt: at(3, 0),
    legalDays: 3,
    acr: 'vneid:loa2',
    formFields: 12,
    prefilledFields: 7,
    digitised: true,
    feePaidOnline: true,
  };
  const templates = [
    ...Array(4).fill([T.DOSSIER_RECEIVED, received]),
    [T.DOSSIER_PROCESSING, base],
    ...Array(3).fill([T.DOSSIER_COMPLETED, { ...base, receivedAt: at(0, 0), dueAt: at(3, 0), onTime: true }]),
    [T.DOSSIER_PORTAL_SYNCED, { ...base, status: 'completed', outcome: 'synced', attempt: 1, delayMs: 1200 }],
    [
      T.LINKED_RUN_COMPLETED,
      {
        runId: '0192f3c4-5a6b-7c8d-9e0f-123456789abc',
        dossierCode: base.dossierCode,
        procedure: 'birth',
        serviceKey: 'da06-15',
        provinceCode: '038',
        receivedAt: at(0, 0),
        dueAt: at(3, 0),
        withinLimit: true,
        occurredAt: at(0, 0),
      },
    ],
  ].map(([type, data]) => {
    const wire = encodeCloudEvent(factory.create({ type: type as string, data }));
    return { wire, data: data as Record<string, unknown> };
  });
  return (i: number): WireMessage => {
    const { wire, data } = templates[i % templates.length];
    const dossierCode = `000.00.38.H56-2309${String(1 + (i % 28)).padStart(2, '0')}-${String(i % 10_000).padStart(4, '0')}`;
    const time = at(i % 28, i % 540);
    const value: Record<string, unknown> = { ...data, dossierCode, occurredAt: time };
    if ('serviceKey' in data && data.serviceKey !== 'da06-15')
      value.serviceKey = SERVICES[i % SERVICES.length];
    if ('channel' in data) value.channel = i % 5 === 0 ? 'counter' : 'online';
    if ('onTime' in data) value.onTime = i % 11 !== 0;
    return {
      key: dossierCode,
      value: Buffer.from(JSON.stringify(value)),
      headers: { ...wire.headers, ce_id: uuidv7(), ce_time: time },
    };
  };
}
