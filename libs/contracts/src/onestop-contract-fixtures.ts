// Valid data and breakages of the one-stop contracts (onestop.events.v1) and of the owners' answers to linked
// steps (population, bhyt, ssa), spread into contract-fixtures.ts.
import type { Breakage } from './contract-breakage';
import type { EventDataMap, EventType } from './generated/events';

type LinkedReplyType = `vn.d06.${'population' | 'bhyt' | 'ssa'}.linked-step.replied.v1`;
type OnestopEventType = Extract<EventType, `vn.d06.onestop.${string}`> | LinkedReplyType;

const RUN = '0192f3c4-5a6b-7c8d-9e0f-123456789abc';
const DOSSIER = {
  dossierCode: '000.00.38.H56-230912-0042',
  serviceKey: 'da06-03',
  provinceCode: '038',
  districtCode: '380',
  communeCode: '38001',
  channel: 'online',
} as const;
const BIRTH = {
  fullName: 'Lê Thị Bình An',
  birthDate: '2024-08-28',
  sex: 'female',
  ethnicity: 'Kinh',
  birthplaceProvince: '038',
  fatherIdNumber: '038092003456',
  motherIdNumber: '038195004567',
  residence: { provinceCode: '038', districtCode: '380', communeCode: '38001', address: 'Số 12 Lê Lợi' },
} as const;
const REPLY = { runId: RUN, dossierCode: '000.00.38.H56-240903-0012' } as const;
const LINKED = { ...REPLY, procedure: 'birth' } as const;

export const ONESTOP_VALID_DATA: { readonly [T in OnestopEventType]: EventDataMap[T] } = {
  'vn.d06.onestop.dossier.received.v1': {
    ...DOSSIER,
    receivedAt: '2023-09-12T15:20:00+07:00',
    dueAt: '2023-09-15T17:00:00+07:00',
    legalDays: 2,
    acr: 'vneid:loa2',
    formFields: 14,
    prefilledFields: 9,
    digitised: true,
    feePaidOnline: false,
    occurredAt: '2023-09-12T15:20:00+07:00',
  },
  'vn.d06.onestop.dossier.processing.v1': { ...DOSSIER, occurredAt: '2023-09-13T08:00:00+07:00' },
  'vn.d06.onestop.dossier.supplement-requested.v1': {
    ...DOSSIER,
    reason: 'Thiếu giấy xác nhận chỗ ở hợp pháp',
    occurredAt: '2023-09-13T09:00:00+07:00',
  },
  'vn.d06.onestop.dossier.completed.v1': {
    ...DOSSIER,
    receivedAt: '2023-09-12T15:20:00+07:00',
    dueAt: '2023-09-15T17:00:00+07:00',
    onTime: true,
    occurredAt: '2023-09-14T10:00:00+07:00',
  },
  'vn.d06.onestop.dossier.rejected.v1': {
    ...DOSSIER,
    reason: 'Không đủ điều kiện đăng ký thường trú',
    occurredAt: '2023-09-14T10:00:00+07:00',
  },
  'vn.d06.onestop.dossier.withdrawn.v1': {
    ...DOSSIER,
    channel: 'counter',
    occurredAt: '2023-09-14T10:00:00+07:00',
  },
  'vn.d06.onestop.dossier.portal-synced.v1': {
    ...DOSSIER,
    status: 'completed',
    outcome: 'failed',
    attempt: 2,
    delayMs: 90_000,
    error: 'Cổng DVC quốc gia trả lời 503',
    occurredAt: '2023-09-14T10:01:30+07:00',
  },
  'vn.d06.onestop.linked.run.started.v1': {
    ...LINKED,
    serviceKey: 'da06-15',
    provinceCode: '038',
    steps: ['civil-status-registration', 'residence-registration', 'bhyt-child-card'],
    receivedAt: '2024-09-03T08:00:00+07:00',
    dueAt: '2024-09-06T17:00:00+07:00',
    legalDays: 3,
    verificationNeeded: false,
    occurredAt: '2024-09-03T08:00:00+07:00',
  },
  'vn.d06.onestop.linked.step.requested.v1': {
    ...LINKED,
    step: 'residence-registration',
    stepIndex: 2,
    attempt: 1,
    dueAt: '2024-09-05T17:00:00+07:00',
    birth: BIRTH,
    occurredAt: '2024-09-03T08:00:01+07:00',
  },
  'vn.d06.onestop.linked.run.completed.v1': {
    ...LINKED,
    serviceKey: 'da06-15',
    provinceCode: '038',
    receivedAt: '2024-09-03T08:00:00+07:00',
    dueAt: '2024-09-06T17:00:00+07:00',
    withinLimit: true,
    occurredAt: '2024-09-04T10:00:00+07:00',
  },
  'vn.d06.onestop.linked.run.failed.v1': {
    ...LINKED,
    serviceKey: 'da06-15',
    provinceCode: '038',
    failedStep: 'bhyt-child-card',
    stepIndex: 3,
    reasonCode: 'timed-out',
    reason: 'BHXH did not answer before the step deadline after 3 attempts',
    occurredAt: '2024-09-06T17:00:00+07:00',
  },
  'vn.d06.population.linked-step.replied.v1': {
    ...REPLY,
    step: 'residence-registration',
    attempt: 1,
    outcome: 'completed',
    childIdNumber: '038324001234',
    occurredAt: '2024-09-03T08:00:02+07:00',
  },
  'vn.d06.bhyt.linked-step.replied.v1': {
    ...REPLY,
    step: 'bhyt-child-card',
    attempt: 1,
    outcome: 'failed',
    reasonCode: 'card-conflict',
    reason: 'The child already holds a card of another group',
    occurredAt: '2024-09-03T08:00:03+07:00',
  },
  'vn.d06.ssa.linked-step.replied.v1': {
    runId: RUN,
    dossierCode: '000.00.38.H56-240903-0013',
    step: 'funeral-allowance',
    attempt: 1,
    outcome: 'completed',
    amountVnd: 10_000_000,
    paymentReference: 'MTP-038-00000007',
    occurredAt: '2024-09-04T10:00:00+07:00',
  },
};

const valid = <T extends OnestopEventType>(type: T) => ONESTOP_VALID_DATA[type];

export const ONESTOP_BREAKAGES: { readonly [T in OnestopEventType]: readonly Breakage[] } = {
  'vn.d06.onestop.dossier.received.v1': [
    {
      name: 'an unknown service key',
      data: { ...valid('vn.d06.onestop.dossier.received.v1'), serviceKey: 'tthc-03' },
      path: '/serviceKey',
    },
    {
      name: 'an unknown channel',
      data: { ...valid('vn.d06.onestop.dossier.received.v1'), channel: 'post' },
      path: '/channel',
    },
    {
      name: 'a negative legal time',
      data: { ...valid('vn.d06.onestop.dossier.received.v1'), legalDays: -1 },
      path: '/legalDays',
    },
  ],
  'vn.d06.onestop.dossier.processing.v1': [
    {
      name: 'a blank dossier code',
      data: { ...valid('vn.d06.onestop.dossier.processing.v1'), dossierCode: ' ' },
      path: '/dossierCode',
    },
  ],
  'vn.d06.onestop.dossier.supplement-requested.v1': [
    {
      name: 'an empty reason',
      data: { ...valid('vn.d06.onestop.dossier.supplement-requested.v1'), reason: '' },
      path: '/reason',
    },
  ],
  'vn.d06.onestop.dossier.completed.v1': [
    {
      name: 'onTime as a string',
      data: { ...valid('vn.d06.onestop.dossier.completed.v1'), onTime: 'yes' },
      path: '/onTime',
    },
  ],
  'vn.d06.onestop.dossier.rejected.v1': [
    {
      name: 'a 2-digit province',
      data: { ...valid('vn.d06.onestop.dossier.rejected.v1'), provinceCode: '38' },
      path: '/provinceCode',
    },
  ],
  'vn.d06.onestop.dossier.withdrawn.v1': [
    {
      name: 'an extra field',
      data: { ...valid('vn.d06.onestop.dossier.withdrawn.v1'), idNumber: '038092003456' },
      path: '',
    },
  ],
  'vn.d06.onestop.dossier.portal-synced.v1': [
    {
      name: 'attempt 0',
      data: { ...valid('vn.d06.onestop.dossier.portal-synced.v1'), attempt: 0 },
      path: '/attempt',
    },
  ],
  'vn.d06.onestop.linked.run.started.v1': [
    {
      name: 'an unknown step',
      data: { ...valid('vn.d06.onestop.linked.run.started.v1'), steps: ['civil-status-registration', 'tax'] },
      path: '/steps/1',
    },
  ],
  'vn.d06.onestop.linked.step.requested.v1': [
    {
      name: 'a birth run carrying a death form',
      data: {
        ...valid('vn.d06.onestop.linked.step.requested.v1'),
        death: {
          idNumber: '038052001987',
          dateOfDeath: '2024-09-01',
          claimant: { idNumber: '038092003456', fullName: 'A' },
        },
      },
      path: '/death',
    },
    {
      name: 'a birth run without its form',
      data: { ...valid('vn.d06.onestop.linked.step.requested.v1'), birth: undefined },
      path: '',
    },
  ],
  'vn.d06.onestop.linked.run.completed.v1': [
    {
      name: 'an unknown procedure',
      data: { ...valid('vn.d06.onestop.linked.run.completed.v1'), procedure: 'marriage' },
      path: '/procedure',
    },
  ],
  'vn.d06.onestop.linked.run.failed.v1': [
    {
      name: 'an unknown reason code',
      data: { ...valid('vn.d06.onestop.linked.run.failed.v1'), reasonCode: 'oops' },
      path: '/reasonCode',
    },
  ],
  'vn.d06.population.linked-step.replied.v1': [
    {
      name: 'a step population does not own',
      data: { ...valid('vn.d06.population.linked-step.replied.v1'), step: 'bhyt-child-card' },
      path: '/step',
    },
  ],
  'vn.d06.bhyt.linked-step.replied.v1': [
    {
      name: 'a failure without its reason',
      data: { ...valid('vn.d06.bhyt.linked-step.replied.v1'), reason: undefined },
      path: '',
    },
  ],
  'vn.d06.ssa.linked-step.replied.v1': [
    {
      name: 'a zero amount',
      data: { ...valid('vn.d06.ssa.linked-step.replied.v1'), amountVnd: 0 },
      path: '/amountVnd',
    },
  ],
};
