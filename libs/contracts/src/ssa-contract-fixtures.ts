// Valid data and breakages of the social-security (ssa.events.v1) contracts, spread into contract-fixtures.ts.
import type { Breakage } from './contract-breakage';
import type { EventDataMap, EventType } from './generated/events';

// The social-security answer to a linked step is the saga's contract: it lives with the one-stop fixtures.
type SsaEventType = Exclude<Extract<EventType, `vn.d06.ssa.${string}`>, 'vn.d06.ssa.linked-step.replied.v1'>;

const BATCH = '0192f3c4-5a6b-7c8d-9e0f-123456789abc';
const PAID = {
  idNumber: '038152001234',
  reference: 'ASXH-202309-038-0000042',
  purpose: 'monthly',
  batchId: BATCH,
  cycle: '2023-09',
  group: 'meritorious',
  amountVnd: 2_055_000,
  paymentChannel: 'bank-account',
  provider: 'VBA',
  provinceCode: '038',
  communeCode: '39719',
} as const;

export const SSA_VALID_DATA: { readonly [T in SsaEventType]: EventDataMap[T] } = {
  'vn.d06.ssa.beneficiary.enrolled.v1': {
    idNumber: '038152001234',
    beneficiaryCode: 'SSA-038-00000042',
    group: 'meritorious',
    category: 'war-invalid',
    monthlyAmountVnd: 2_055_000,
    provinceCode: '038',
    communeCode: '39719',
    occurredAt: '2023-09-05T09:00:00+07:00',
  },
  'vn.d06.ssa.beneficiary.reviewed.v1': {
    idNumber: '038152001234',
    group: 'meritorious',
    result: 'mismatch',
    mismatchedFields: ['fullName'],
    reviewId: BATCH,
    provinceCode: '038',
    occurredAt: '2023-09-06T02:00:00+07:00',
  },
  'vn.d06.ssa.beneficiary.ended.v1': {
    idNumber: '038052001987',
    group: 'social-assistance',
    reason: 'deceased',
    dateOfDeath: '2024-09-01',
    provinceCode: '038',
    occurredAt: '2024-09-03T09:30:02+07:00',
  },
  'vn.d06.ssa.beneficiaries.seeded.v1': {
    provinceCode: '038',
    seed: 7,
    size: 3_640_000,
    referenceDate: '2023-09-15',
    beneficiaries: { socialAssistance: 194_479, meritorious: 66_829 },
    withAccount: { socialAssistance: 7_909, meritorious: 2_641 },
    monthlyAmountVnd: { socialAssistance: 97_000_000_000, meritorious: 151_000_000_000 },
    occurredAt: '2023-09-01T00:00:00+07:00',
  },
  'vn.d06.ssa.account.linked.v1': {
    idNumber: '038152001234',
    paymentChannel: 'bank-account',
    provider: 'VBA',
    declaredVia: 'vneid',
    previouslyLinked: false,
    group: 'meritorious',
    provinceCode: '038',
    occurredAt: '2023-09-07T20:15:00+07:00',
  },
  'vn.d06.ssa.payment.succeeded.v1': {
    ...PAID,
    valueDate: '2023-09-11',
    occurredAt: '2023-09-11T08:00:02+07:00',
  },
  'vn.d06.ssa.payment.rejected.v1': {
    ...PAID,
    reason: 'closed-account',
    occurredAt: '2023-09-11T08:00:02+07:00',
  },
  'vn.d06.ssa.payment.reversed.v1': {
    ...PAID,
    valueDate: '2023-09-11',
    reversedOn: '2023-09-14',
    reversalReason: 'account-closed',
    occurredAt: '2023-09-15T09:00:00+07:00',
  },
  'vn.d06.ssa.batch.completed.v1': {
    batchId: BATCH,
    cycle: '2023-09',
    provinceCode: '038',
    payments: 3,
    succeeded: { count: 2, amountVnd: 2_415_000 },
    rejected: { count: 1, amountVnd: 540_000 },
    rejectedByReason: {
      'invalid-account': 0,
      'closed-account': 1,
      'name-mismatch': 0,
      'duplicate-reference': 0,
    },
    succeededByGroup: {
      socialAssistance: { count: 1, amountVnd: 360_000 },
      meritorious: { count: 1, amountVnd: 2_055_000 },
    },
    startedAt: '2023-09-11T08:00:00+07:00',
    occurredAt: '2023-09-11T08:00:03+07:00',
  },
  'vn.d06.ssa.funeral-allowance.paid.v1': {
    idNumber: '038052001987',
    group: 'social-assistance',
    amountVnd: 10_000_000,
    paymentChannel: 'bank-account',
    reference: 'MTP-038-00000007',
    dateOfDeath: '2024-09-01',
    provinceCode: '038',
    dossierCode: '000.00.38.H56-240903-0012',
    occurredAt: '2024-09-04T10:00:00+07:00',
  },
};

const ssa = <T extends SsaEventType>(type: T) => SSA_VALID_DATA[type];

export const SSA_BREAKAGES: { readonly [T in SsaEventType]: readonly Breakage[] } = {
  'vn.d06.ssa.beneficiary.enrolled.v1': [
    {
      name: 'a fractional amount',
      data: { ...ssa('vn.d06.ssa.beneficiary.enrolled.v1'), monthlyAmountVnd: 2_055_000.5 },
      path: '/monthlyAmountVnd',
    },
    {
      name: 'unknown group',
      data: { ...ssa('vn.d06.ssa.beneficiary.enrolled.v1'), group: 'pensioner' },
      path: '/group',
    },
    {
      name: 'a beneficiary code holding an ID number',
      data: { ...ssa('vn.d06.ssa.beneficiary.enrolled.v1'), beneficiaryCode: '038152001234' },
      path: '/beneficiaryCode',
    },
  ],
  'vn.d06.ssa.beneficiary.reviewed.v1': [
    {
      name: 'a match with mismatched fields',
      data: { ...ssa('vn.d06.ssa.beneficiary.reviewed.v1'), result: 'match' },
      path: '/mismatchedFields',
    },
    {
      name: 'a mismatch without fields',
      data: { ...ssa('vn.d06.ssa.beneficiary.reviewed.v1'), mismatchedFields: [] },
      path: '/mismatchedFields',
    },
  ],
  'vn.d06.ssa.beneficiary.ended.v1': [
    {
      name: 'unknown reason',
      data: { ...ssa('vn.d06.ssa.beneficiary.ended.v1'), reason: 'moved' },
      path: '/reason',
    },
  ],
  'vn.d06.ssa.beneficiaries.seeded.v1': [
    {
      name: 'a group missing',
      data: { ...ssa('vn.d06.ssa.beneficiaries.seeded.v1'), beneficiaries: { socialAssistance: 1 } },
      path: '/beneficiaries',
    },
    {
      name: 'a negative count',
      data: {
        ...ssa('vn.d06.ssa.beneficiaries.seeded.v1'),
        withAccount: { socialAssistance: 1, meritorious: -1 },
      },
      path: '/withAccount/meritorious',
    },
  ],
  'vn.d06.ssa.account.linked.v1': [
    {
      name: 'unknown declaredVia',
      data: { ...ssa('vn.d06.ssa.account.linked.v1'), declaredVia: 'email' },
      path: '/declaredVia',
    },
    {
      name: 'an account number',
      data: { ...ssa('vn.d06.ssa.account.linked.v1'), accountNumber: '3800205123456' },
      path: '',
    },
  ],
  'vn.d06.ssa.payment.succeeded.v1': [
    {
      name: 'a monthly payment without batch',
      data: { ...ssa('vn.d06.ssa.payment.succeeded.v1'), batchId: undefined },
      path: '',
    },
    {
      name: 'an amount as a string',
      data: { ...ssa('vn.d06.ssa.payment.succeeded.v1'), amountVnd: '2055000' },
      path: '/amountVnd',
    },
    {
      name: 'a lower-case reference',
      data: { ...ssa('vn.d06.ssa.payment.succeeded.v1'), reference: 'asxh-1' },
      path: '/reference',
    },
  ],
  'vn.d06.ssa.payment.rejected.v1': [
    {
      name: 'unknown reason',
      data: { ...ssa('vn.d06.ssa.payment.rejected.v1'), reason: 'insufficient-funds' },
      path: '/reason',
    },
    {
      name: 'a funeral payment with a cycle',
      data: { ...ssa('vn.d06.ssa.payment.rejected.v1'), purpose: 'funeral', batchId: undefined },
      path: '',
    },
  ],
  'vn.d06.ssa.payment.reversed.v1': [
    {
      name: 'unknown reversal reason',
      data: { ...ssa('vn.d06.ssa.payment.reversed.v1'), reversalReason: 'fraud' },
      path: '/reversalReason',
    },
    {
      name: 'reversedOn with a time',
      data: { ...ssa('vn.d06.ssa.payment.reversed.v1'), reversedOn: '2023-09-14T08:00:00Z' },
      path: '/reversedOn',
    },
  ],
  'vn.d06.ssa.batch.completed.v1': [
    {
      name: 'a reason missing',
      data: {
        ...ssa('vn.d06.ssa.batch.completed.v1'),
        rejectedByReason: { 'invalid-account': 0, 'closed-account': 1, 'name-mismatch': 0 },
      },
      path: '/rejectedByReason',
    },
    {
      name: 'a negative count',
      data: { ...ssa('vn.d06.ssa.batch.completed.v1'), succeeded: { count: -1, amountVnd: 0 } },
      path: '/succeeded/count',
    },
  ],
  'vn.d06.ssa.funeral-allowance.paid.v1': [
    {
      name: 'a zero amount',
      data: { ...ssa('vn.d06.ssa.funeral-allowance.paid.v1'), amountVnd: 0 },
      path: '/amountVnd',
    },
    {
      name: 'missing dateOfDeath',
      data: { ...ssa('vn.d06.ssa.funeral-allowance.paid.v1'), dateOfDeath: undefined },
      path: '',
    },
  ],
};
