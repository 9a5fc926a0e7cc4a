// Valid data and breakages of bhyt.events.v1 (lookups, cards, participants, households, claims, facilities,
// the seed), spread into contract-fixtures.ts.
import { without, type Breakage } from './contract-breakage';
import type { EventDataMap, EventType } from './generated/events';

// The answer to a linked step is the saga's contract: it lives with the one-stop fixtures.
type BhytEventType = Exclude<
  Extract<EventType, `vn.d06.bhyt.${string}`>,
  'vn.d06.bhyt.linked-step.replied.v1'
>;

export const BHYT_VALID_DATA: { readonly [T in BhytEventType]: EventDataMap[T] } = {
  'vn.d06.bhyt.lookup.performed.v1': {
    subjectKey: '038190004321',
    method: 'cccd',
    idNumber: '038190004321',
    cardCode: 'GD4380123456789',
    facilityCode: '38012',
    provinceCode: '038',
    resultCode: '000',
    success: true,
    refused: false,
    occurredAt: '2023-09-12T08:05:00+07:00',
  },
  'vn.d06.bhyt.card.issued.v1': {
    idNumber: '038324001234',
    socialInsuranceNumber: '3800123456',
    cardCode: 'TE1383800123456',
    group: 'TE',
    benefitLevel: 1,
    provinceCode: '038',
    validFrom: '2024-08-28',
    validTo: '2030-08-27',
    reason: 'child-under-6',
    occurredAt: '2024-09-05T10:00:00+07:00',
  },
  'vn.d06.bhyt.card.reduced.v1': {
    idNumber: '038052001987',
    socialInsuranceNumber: '3800987654',
    cardCode: 'HT3383800987654',
    provinceCode: '038',
    reason: 'deceased',
    effectiveOn: '2024-09-01',
    occurredAt: '2024-09-03T09:30:02+07:00',
  },
  'vn.d06.bhyt.participant.synced.v1': {
    idNumber: '038185002233',
    socialInsuranceNumber: '3812345678',
    cardCode: 'DN4383812345678',
    provinceCode: '038',
    cardValid: true,
    syncId: '0191b7a2-3c4d-7e5f-8a6b-7c8d9e0f1b01',
    occurredAt: '2024-09-10T02:00:05+07:00',
  },
  'vn.d06.bhyt.household.renewed.v1': {
    householdRef: 'HH038a1b2c3d4e5f6',
    renewalId: '0191b7a2-3c4d-7e5f-8a6b-7c8d9e0f1b02',
    attempt: 1,
    provinceCode: '038',
    members: 3,
    newCards: 0,
    months: 12,
    baseSalaryVnd: 1_800_000,
    premiumTotalVnd: 2_235_600,
    occurredAt: '2023-09-12T10:00:00+07:00',
  },
  'vn.d06.bhyt.household.renewal-failed.v1': {
    householdRef: 'HH038a1b2c3d4e5f6',
    renewalId: '0191b7a2-3c4d-7e5f-8a6b-7c8d9e0f1b03',
    attempt: 1,
    provinceCode: '038',
    members: 3,
    step: 'premium-confirmation',
    premiumTotalVnd: 2_235_600,
    occurredAt: '2023-09-12T09:58:00+07:00',
  },
  'vn.d06.bhyt.claim.submitted.v1': {
    claimId: '0191b7a2-3c4d-7e5f-8a6b-7c8d9e0f1b04',
    claimRef: 'BV38012-2023-000123',
    cardCode: 'GD4380123456789',
    facilityCode: '38012',
    provinceCode: '038',
    kind: 'outpatient',
    visitDate: '2023-09-12',
    amountVnd: 285_000,
    occurredAt: '2023-09-12T16:00:00+07:00',
  },
  'vn.d06.bhyt.facility.updated.v1': {
    facilityCode: '38412',
    provinceCode: '038',
    districtCode: '399',
    name: 'Trạm Y tế Xã Hoằng Xuân (synthetic)',
    kind: 'commune-health-station',
    acceptsIdCard: true,
    created: false,
    occurredAt: '2023-09-01T08:00:00+07:00',
  },
  'vn.d06.bhyt.registry.seeded.v1': {
    provinceCode: '038',
    facilities: 677,
    facilitiesAcceptingIdCard: 677,
    participants: 3_209_000,
    cardsSyncedWithIdCard: 3_045_000,
    validCardsSyncedWithIdCard: 2_956_000,
    seed: 42,
    size: 3_600_000,
    referenceDate: '2023-09-15',
    occurredAt: '2023-09-15T00:00:00+07:00',
  },
};

const bhyt = {
  lookup: BHYT_VALID_DATA['vn.d06.bhyt.lookup.performed.v1'],
  issued: BHYT_VALID_DATA['vn.d06.bhyt.card.issued.v1'],
  reduced: BHYT_VALID_DATA['vn.d06.bhyt.card.reduced.v1'],
  synced: BHYT_VALID_DATA['vn.d06.bhyt.participant.synced.v1'],
  renewed: BHYT_VALID_DATA['vn.d06.bhyt.household.renewed.v1'],
  renewalFailed: BHYT_VALID_DATA['vn.d06.bhyt.household.renewal-failed.v1'],
  claim: BHYT_VALID_DATA['vn.d06.bhyt.claim.submitted.v1'],
  facility: BHYT_VALID_DATA['vn.d06.bhyt.facility.updated.v1'],
  seeded: BHYT_VALID_DATA['vn.d06.bhyt.registry.seeded.v1'],
};

export const BHYT_BREAKAGES: { readonly [T in BhytEventType]: readonly Breakage[] } = {
  'vn.d06.bhyt.lookup.performed.v1': [
    {
      name: 'a success without the card',
      data: without(bhyt.lookup, 'cardCode'),
      path: '',
    },
    {
      name: 'a success with a failure reason',
      data: { ...bhyt.lookup, reason: 'card-expired' },
      path: '/reason',
    },
    {
      name: 'a failure without a reason',
      data: { ...bhyt.lookup, resultCode: '010', success: false },
      path: '',
    },
    {
      name: 'an unknown result code',
      data: { ...bhyt.lookup, resultCode: '999' },
      path: '/resultCode',
    },
    {
      name: 'a 4-digit facility code',
      data: { ...bhyt.lookup, facilityCode: '3801' },
      path: '/facilityCode',
    },
    {
      name: 'a lower-case card code',
      data: { ...bhyt.lookup, cardCode: 'gd4380123456789' },
      path: '/cardCode',
    },
  ],
  'vn.d06.bhyt.card.issued.v1': [
    {
      name: 'benefit level 6',
      data: { ...bhyt.issued, benefitLevel: 6 },
      path: '/benefitLevel',
    },
    {
      name: 'an unknown reason',
      data: { ...bhyt.issued, reason: 'gift' },
      path: '/reason',
    },
    {
      name: 'a 9-digit social-insurance number',
      data: { ...bhyt.issued, socialInsuranceNumber: '380012345' },
      path: '/socialInsuranceNumber',
    },
  ],
  'vn.d06.bhyt.card.reduced.v1': [
    {
      name: 'an unknown reason',
      data: { ...bhyt.reduced, reason: 'bored' },
      path: '/reason',
    },
    {
      name: 'missing effectiveOn',
      data: without(bhyt.reduced, 'effectiveOn'),
      path: '',
    },
  ],
  'vn.d06.bhyt.participant.synced.v1': [
    {
      name: 'syncId not a UUID',
      data: { ...bhyt.synced, syncId: 'sync-1' },
      path: '/syncId',
    },
    {
      name: 'cardValid as a string',
      data: { ...bhyt.synced, cardValid: 'yes' },
      path: '/cardValid',
    },
  ],
  'vn.d06.bhyt.household.renewed.v1': [
    {
      name: 'months 5',
      data: { ...bhyt.renewed, months: 5 },
      path: '/months',
    },
    {
      name: 'attempt 0',
      data: { ...bhyt.renewed, attempt: 0 },
      path: '/attempt',
    },
  ],
  'vn.d06.bhyt.household.renewal-failed.v1': [
    {
      name: 'an unknown step',
      data: { ...bhyt.renewalFailed, step: 'payment' },
      path: '/step',
    },
    {
      name: 'a householdRef with a space',
      data: { ...bhyt.renewalFailed, householdRef: 'HH 038' },
      path: '/householdRef',
    },
  ],
  'vn.d06.bhyt.claim.submitted.v1': [
    {
      name: 'a zero amount',
      data: { ...bhyt.claim, amountVnd: 0 },
      path: '/amountVnd',
    },
    {
      name: 'an unknown kind',
      data: { ...bhyt.claim, kind: 'dental' },
      path: '/kind',
    },
  ],
  'vn.d06.bhyt.facility.updated.v1': [
    {
      name: 'an unknown kind',
      data: { ...bhyt.facility, kind: 'spa' },
      path: '/kind',
    },
    {
      name: 'missing acceptsIdCard',
      data: without(bhyt.facility, 'acceptsIdCard'),
      path: '',
    },
  ],
  'vn.d06.bhyt.registry.seeded.v1': [
    {
      name: 'a negative count',
      data: { ...bhyt.seeded, participants: -1 },
      path: '/participants',
    },
    {
      name: 'referenceDate with a time',
      data: { ...bhyt.seeded, referenceDate: '2023-09-15T00:00:00Z' },
      path: '/referenceDate',
    },
  ],
};
