import { EVENT_CONTRACTS, EVENT_TYPES as T, type EventDataMap } from '@d06/contracts';
import { EnvelopeFactory, EventCatalog } from '@d06/messaging';
import type { CloudEvent } from 'cloudevents';

/**
 * A province's event stream with known counts for the report of 2023-09 with periods starting on the 15th
 * (2023-08-15 … 2023-09-14): events before (previous period), in and after the period, every domain topic, every
 * event validated against its contract. `duplicates` are the same envelopes again (same CloudEvents ids).
 */
export function reportScenario(): { events: CloudEvent<unknown>[]; duplicates: CloudEvent<unknown>[] } {
  const factory = new EnvelopeFactory(new EventCatalog(Object.values(EVENT_CONTRACTS)), 'd06/test', {
    now: () => new Date('2023-09-01T00:00:00Z'),
  });
  const events: CloudEvent<unknown>[] = [];
  let seq = 0;
  const at = (day: string, hour = 9): string => `${day}T${String(hour).padStart(2, '0')}:00:00.000+07:00`;
  const emit = <K extends keyof EventDataMap>(type: K, data: EventDataMap[K]): void => {
    events.push(factory.create({ type, data, time: new Date('2023-09-01T00:00:00Z') }));
    seq++;
  };
  const idNumber = (n: number): string => `03809${String(1_000_000 + n).slice(1)}1`.slice(0, 12);
  const dossier = (
    serviceKey: string,
    day: string,
    channel: 'online' | 'counter',
    communeCode?: string,
  ): EventDataMap['vn.d06.onestop.dossier.received.v1'] => ({
    dossierCode: `000.00.38.H56-${day.replace(/-/g, '').slice(2)}-${String(seq).padStart(4, '0')}`,
    serviceKey,
    provinceCode: '038',
    ...(communeCode ? { communeCode } : {}),
    channel,
    receivedAt: at(day),
    dueAt: at(day, 17),
    legalDays: 3,
    formFields: 10,
    prefilledFields: 5,
    digitised: true,
    feePaidOnline: false,
    occurredAt: at(day),
  });

  // Essential services: da06-03 5 received in the period (3 online, 2 of them in commune 38001), 1 before, 1 after
  for (const [day, channel, commune] of [
    ['2023-08-16', 'online', '38001'],
    ['2023-08-20', 'online', '38001'],
    ['2023-09-14', 'online', undefined],
    ['2023-08-15', 'counter', undefined],
    ['2023-09-02', 'counter', '38002'],
    ['2023-08-14', 'online', undefined],
    ['2023-09-15', 'online', undefined],
  ] as const)
    emit(T.DOSSIER_RECEIVED, dossier('da06-03', day, channel, commune));
  emit(T.DOSSIER_RECEIVED, dossier('qd422-thamvieng', '2023-09-01', 'online'));
  emit(T.DOSSIER_RECEIVED, dossier('qd422-thamvieng', '2023-09-01', 'counter'));
  for (const [day, onTime] of [
    ['2023-08-18', true],
    ['2023-08-25', true],
    ['2023-09-10', true],
    ['2023-09-12', false],
  ] as const) {
    const { dossierCode, serviceKey, provinceCode, channel, receivedAt, dueAt } = dossier(
      'da06-03',
      day,
      'online',
    );
    emit(T.DOSSIER_COMPLETED, {
      dossierCode,
      serviceKey,
      provinceCode,
      channel,
      receivedAt,
      dueAt,
      onTime,
      occurredAt: at(day),
    });
  }
  const synced = dossier('qd422-thamvieng', '2023-09-01', 'online');
  emit(T.DOSSIER_PORTAL_SYNCED, {
    dossierCode: synced.dossierCode,
    serviceKey: 'qd422-thamvieng',
    provinceCode: '038',
    channel: 'online',
    status: 'received',
    outcome: 'synced',
    attempt: 1,
    delayMs: 1000,
    occurredAt: at('2023-09-01', 10),
  });

  // BHYT: seed on 2023-08-01 (10 facilities, 6 with the ID card, 1 000 valid cards synced)
  emit(T.BHYT_REGISTRY_SEEDED, {
    provinceCode: '038',
    facilities: 10,
    facilitiesAcceptingIdCard: 6,
    participants: 2000,
    cardsSyncedWithIdCard: 1100,
    validCardsSyncedWithIdCard: 1000,
    seed: 42,
    size: 3000,
    referenceDate: '2023-08-01',
    occurredAt: '2026-11-22T00:00:00.000Z',
  });
  const facility = (code: string, day: string, acceptsIdCard: boolean, created: boolean, hour = 9) =>
    emit(T.BHYT_FACILITY_UPDATED, {
      facilityCode: code,
      provinceCode: '038',
      name: `Trạm y tế ${code}`,
      kind: 'commune-health-station',
      acceptsIdCard,
      created,
      occurredAt: at(day, hour),
    });
  // published later-first: the state as of the period end must not depend on delivery order
  facility('38900', '2023-09-05', true, false, 11);
  facility('38900', '2023-08-20', false, true, 9);
  facility('38001', '2023-09-01', true, false);
  const lookup = (day: string, success: boolean, facilityCode: string, refused = false) =>
    emit(T.BHYT_LOOKUP_PERFORMED, {
      subjectKey: facilityCode,
      method: 'cccd',
      facilityCode,
      provinceCode: '038',
      resultCode: refused ? '205' : success ? '000' : '050',
      success,
      refused,
      ...(refused
        ? { reason: 'malformed-request' as const }
        : success
          ? { cardCode: 'GD4383820000001' }
          : { reason: 'card-not-found' as const }),
      occurredAt: at(day),
    });
  for (const [day, ok] of [
    ['2023-08-01', true],
    ['2023-08-02', true],
    ['2023-08-10', true],
    ['2023-08-14', false],
  ] as const)
    lookup(day, ok, '38001');
  for (const [day, ok, code] of [
    ['2023-08-15', true, '38001'],
    ['2023-08-30', true, '38001'],
    ['2023-09-01', true, '38002'],
    ['2023-09-14', true, '38002'],
    ['2023-09-03', false, '38002'],
    ['2023-09-04', false, '38001'],
  ] as const)
    lookup(day, ok, code);
  lookup('2023-09-05', false, '38003', true);
  lookup('2023-09-16', true, '38004');
  lookup('2023-09-20', true, '38004');
  for (let i = 0; i < 3; i++)
    emit(T.BHYT_CLAIM_SUBMITTED, {
      claimId: `0192f3c4-5a6b-7c8d-9e0f-00000000030${i}`,
      claimRef: `R${i}`,
      cardCode: 'GD4383820000001',
      facilityCode: '38001',
      provinceCode: '038',
      kind: 'outpatient',
      visitDate: '2023-09-01',
      amountVnd: 150_000,
      occurredAt: at('2023-09-02'),
    });
  for (const [n, valid] of [
    [1, true],
    [2, true],
    [3, false],
  ] as const)
    emit(T.BHYT_PARTICIPANT_SYNCED, {
      idNumber: idNumber(n),
      socialInsuranceNumber: `38000000${n}0`.slice(0, 10),
      cardCode: 'GD4383820000001',
      provinceCode: '038',
      cardValid: valid,
      syncId: '0192f3c4-5a6b-7c8d-9e0f-000000000400',
      occurredAt: at('2023-09-03'),
    });

  // Social security: seed 2023-08-01 (100 + 50 beneficiaries, 40 + 20 with an account)
  emit(T.SSA_BENEFICIARIES_SEEDED, {
    provinceCode: '038',
    seed: 42,
    size: 3000,
    referenceDate: '2023-08-01',
    beneficiaries: { socialAssistance: 100, meritorious: 50 },
    withAccount: { socialAssistance: 40, meritorious: 20 },
    monthlyAmountVnd: { socialAssistance: 50_000_000, meritorious: 60_000_000 },
    occurredAt: '2026-11-22T00:00:00.000Z',
  });
  for (let i = 0; i < 2; i++)
    emit(T.SSA_BENEFICIARY_ENROLLED, {
      idNumber: idNumber(10 + i),
      beneficiaryCode: `SSA-038-0000000${i}`,
      group: 'social-assistance',
      category: 'elderly-80',
      monthlyAmountVnd: 500_000,
      provinceCode: '038',
      occurredAt: at('2023-08-20'),
    });
  emit(T.SSA_BENEFICIARY_ENDED, {
    idNumber: idNumber(20),
    group: 'meritorious',
    reason: 'deceased',
    provinceCode: '038',
    occurredAt: at('2023-09-01'),
  });
  for (const [n, previouslyLinked] of [
    [30, false],
    [31, false],
    [32, false],
    [30, true],
  ] as const)
    emit(T.SSA_ACCOUNT_LINKED, {
      idNumber: idNumber(n),
      paymentChannel: 'bank-account',
      provider: 'VBA',
      declaredVia: 'vneid',
      previouslyLinked,
      group: 'social-assistance',
      provinceCode: '038',
      occurredAt: at('2023-09-02'),
    });
  const payment = (n: number, group: 'social-assistance' | 'meritorious', amountVnd: number) => ({
    idNumber: idNumber(n),
    reference: `PAY-${n}`,
    purpose: 'monthly' as const,
    batchId: '0192f3c4-5a6b-7c8d-9e0f-000000000600',
    cycle: '2023-09',
    group,
    amountVnd,
    paymentChannel: 'bank-account' as const,
    provider: 'VBA',
    provinceCode: '038',
  });
  for (let n = 40; n < 45; n++)
    emit(T.SSA_PAYMENT_SUCCEEDED, {
      ...payment(n, 'social-assistance', 500_000),
      valueDate: '2023-09-05',
      occurredAt: at('2023-09-05'),
    });
  for (let n = 45; n < 47; n++)
    emit(T.SSA_PAYMENT_SUCCEEDED, {
      ...payment(n, 'meritorious', 1_000_000),
      valueDate: '2023-09-05',
      occurredAt: at('2023-09-05'),
    });
  emit(T.SSA_PAYMENT_REVERSED, {
    ...payment(40, 'social-assistance', 500_000),
    valueDate: '2023-09-05',
    reversedOn: '2023-09-08',
    reversalReason: 'account-closed',
    occurredAt: at('2023-09-08'),
  });
  for (const [n, group, result] of [
    [50, 'social-assistance', 'match'],
    [51, 'social-assistance', 'match'],
    [52, 'social-assistance', 'match'],
    [53, 'meritorious', 'mismatch'],
  ] as const)
    emit(T.SSA_BENEFICIARY_REVIEWED, {
      idNumber: idNumber(n),
      group,
      result,
      mismatchedFields: result === 'match' ? [] : ['fullName'],
      reviewId: '0192f3c4-5a6b-7c8d-9e0f-000000000500',
      provinceCode: '038',
      occurredAt: at('2023-08-25'),
    });

  // Digital citizen
  for (const [n, channel] of [
    [60, 'online'],
    [61, 'counter'],
    [62, 'counter'],
  ] as const)
    emit(T.IDCARD_APPLIED, {
      idNumber: idNumber(n),
      applicationId: `0192f3c4-5a6b-7c8d-9e0f-00000000006${n - 60}`,
      ageBand: 'over-14',
      channel,
      provinceCode: '038',
      occurredAt: at('2023-09-01'),
    });
  for (const [n, level] of [
    [70, 1],
    [71, 1],
    [72, 1],
    [73, 1],
    [74, 2],
    [75, 2],
  ] as const)
    emit(T.EID_ACCOUNT_REQUESTED, {
      idNumber: idNumber(n),
      level,
      channel: level === 1 ? 'app' : 'counter',
      provinceCode: '038',
      occurredAt: at('2023-08-20'),
    });
  for (const [n, level] of [
    [70, 1],
    [71, 1],
    [74, 2],
  ] as const)
    emit(T.EID_ACCOUNT_ACTIVATED, {
      idNumber: idNumber(n),
      level,
      channel: level === 1 ? 'app' : 'counter',
      provinceCode: '038',
      occurredAt: at('2023-09-01'),
    });
  emit(T.EID_ACTIVATION_TARGET_SET, { provinceCode: '038', target: 6, occurredAt: at('2023-08-10') });
  emit(T.EID_ACTIVATION_TARGET_SET, { provinceCode: '038', target: 99, occurredAt: at('2023-09-20') });

  // Verification: insurance 5 checks (4 match), tax 2 (1 match)
  for (const [i, sector, match] of [
    [0, 'insurance', true],
    [1, 'insurance', true],
    [2, 'insurance', true],
    [3, 'insurance', true],
    [4, 'insurance', false],
    [5, 'tax', true],
    [6, 'tax', false],
  ] as const)
    emit(T.RECORD_VERIFIED, {
      recordRef: `REC-${i}`,
      idNumber: idNumber(80 + i),
      sector,
      result: match ? 'match' : 'mismatch',
      mismatchedFields: match ? [] : ['birthDate'],
      provinceCode: '038',
      occurredAt: at('2023-09-06'),
    });

  // Linked procedures: 2 birth runs completed (1 within the limit), 1 death run failed
  const run = (n: number, procedure: 'birth' | 'death') => ({
    runId: `0192f3c4-5a6b-7c8d-9e0f-0000000001${String(n).padStart(2, '0')}`,
    dossierCode: `000.00.38.H56-230901-01${String(n).padStart(2, '0')}`,
    procedure,
    serviceKey: procedure === 'birth' ? 'da06-15' : 'da06-16',
    provinceCode: '038',
  });
  for (const [n, procedure] of [
    [1, 'birth'],
    [2, 'birth'],
    [3, 'death'],
  ] as const)
    emit(T.LINKED_RUN_STARTED, {
      ...run(n, procedure),
      steps:
        procedure === 'birth'
          ? ['civil-status-registration', 'residence-registration', 'bhyt-child-card']
          : ['civil-status-registration', 'residence-removal', 'funeral-allowance'],
      receivedAt: at('2023-09-01'),
      dueAt: at('2023-09-06'),
      legalDays: 3,
      verificationNeeded: false,
      occurredAt: at('2023-09-01'),
    });
  for (const [n, withinLimit] of [
    [1, true],
    [2, false],
  ] as const)
    emit(T.LINKED_RUN_COMPLETED, {
      ...run(n, 'birth'),
      receivedAt: at('2023-09-01'),
      dueAt: at('2023-09-06'),
      withinLimit,
      occurredAt: at('2023-09-05'),
    });
  emit(T.LINKED_RUN_FAILED, {
    ...run(3, 'death'),
    failedStep: 'funeral-allowance',
    stepIndex: 3,
    reasonCode: 'refused',
    reason: 'not a beneficiary',
    occurredAt: at('2023-09-05'),
  });

  // Data exchange: 20 calls of 1 … 20 ms by a Thanh Hóa agency (19 succeeded, 550 đồng each)
  for (let ms = 1; ms <= 20; ms++)
    emit(T.EXCHANGE_CALL_COMPLETED, {
      messageId: `0192f3c4-5a6b-7c8d-9e0f-0000000002${String(ms).padStart(2, '0')}`,
      tier: 'lgsp',
      client: 'VN/GOV/000.00.00.H38/ONESTOP',
      service: 'VN/GOV/000.00.00.G01/POPULATION/citizens',
      method: 'GET',
      path: '/v1/citizens/038*******34',
      status: ms === 20 ? 503 : 200,
      succeeded: ms !== 20,
      requestInAt: at('2023-09-07'),
      responseOutAt: at('2023-09-07'),
      durationMs: ms,
      requestSize: 0,
      responseSize: 512,
      cacheHit: false,
      costVnd: 550,
      occurredAt: at('2023-09-07'),
    });
  emit(T.CITIZEN_REGISTERED, {
    idNumber: idNumber(99),
    fullName: 'Nguyễn Văn An',
    birthDate: '1990-05-01',
    sex: 'male',
    provinceCode: '038',
    registeredAt: at('2023-09-01'),
  });

  // every fifth event again, same id: a republished duplicate
  const duplicates = events.filter((_, i) => i % 5 === 0);
  return { events: shuffle(events), duplicates };
}

/** Deterministic shuffle (keys spread over partitions; facility changes keep their later-first order per key). */
function shuffle<T>(items: T[]): T[] {
  const result = [...items];
  let state = 42;
  for (let i = result.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
