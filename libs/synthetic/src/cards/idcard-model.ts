import type { SeededRandom } from '@d06/domain';
import type { IdCardRecord } from '../records.types';
import { addYears, dayOfParts, isoOf, partsOf, sameDayIn } from '../util/dates';

/** Ages at which a CCCD card must be renewed (Luật Căn cước công dân 2014, art. 21; kept by Luật Căn cước 2023). */
export const RENEWAL_AGES = [25, 40, 60] as const;
/** A card issued within two years before a renewal age stays valid until the next one (same article). */
const GRACE_YEARS = 2;

/**
 * When a card issued on `issuedDay` to someone born on `birthDay` expires: the first renewal birthday (25, 40, 60)
 * more than two years after issue; null (never) when issued from 58 on, since the grace reaches past 60.
 */
export function cardExpiryDay(birthDay: number, issuedDay: number): number | null {
  const [year, month, day] = partsOf(birthDay);
  for (const age of RENEWAL_AGES) {
    if (issuedDay < sameDayIn(year + age - GRACE_YEARS, month, day)) return sameDayIn(year + age, month, day);
  }
  return null;
}

/** Barcode CCCD cards were issued from 2016, chip cards from 2021 (the 2021–2022 campaign issued most). */
const BARCODE_FROM = dayOfParts(2016, 1, 1);
const CHIP_FROM = dayOfParts(2021, 1, 1);
const CAMPAIGN_END = dayOfParts(2022, 6, 30);
const CARD_AGE = 14;

export interface IdCardShares {
  /** Share of people 14+ holding a card. */
  readonly holders: number;
  /** Share of holders whose card is a chip card (when chip cards exist at the reference date). */
  readonly chip: number;
  /** Share of expired cards renewed in time. */
  readonly renewed: number;
  readonly revoked: number;
}

export const DEFAULT_IDCARD_SHARES: IdCardShares = {
  holders: 0.965,
  chip: 0.88,
  renewed: 0.85,
  revoked: 0.002,
};

/** The CCCD card a person holds at the reference date, or null (under 14, or never applied). */
export function drawIdCard(
  random: SeededRandom,
  birthDay: number,
  referenceDay: number,
  shares: IdCardShares = DEFAULT_IDCARD_SHARES,
): IdCardRecord | null {
  const turned14 = addYears(birthDay, CARD_AGE);
  if (turned14 > referenceDay || referenceDay < BARCODE_FROM || !random.chance(shares.holders)) return null;
  let chip = referenceDay >= CHIP_FROM && random.chance(shares.chip);
  // Nobody who turned 14 after 2020 ever got a barcode card.
  if (!chip && Math.max(turned14, BARCODE_FROM) >= CHIP_FROM) chip = true;
  let issued: number;
  if (!chip) {
    issued = random.int(Math.max(turned14, BARCODE_FROM), Math.min(referenceDay, CHIP_FROM - 1));
  } else if (turned14 >= CHIP_FROM) {
    issued = turned14 + random.int(0, Math.min(365, referenceDay - turned14));
  } else {
    const from = CHIP_FROM;
    const campaignEnd = Math.min(CAMPAIGN_END, referenceDay);
    issued = random.chance(0.8) ? random.int(from, campaignEnd) : random.int(from, referenceDay);
  }
  let expires = cardExpiryDay(birthDay, issued);
  let status: IdCardRecord['status'] = 'valid';
  if (expires !== null && expires < referenceDay) {
    if (random.chance(shares.renewed)) {
      // Renewed around the renewal birthday, as a chip card.
      issued = Math.min(referenceDay, Math.max(CHIP_FROM, expires + random.int(-60, 180)));
      chip = true;
      expires = cardExpiryDay(birthDay, issued);
    } else {
      status = 'expired';
    }
  }
  if (status === 'valid' && expires !== null && expires < referenceDay) status = 'expired';
  if (status === 'valid' && random.chance(shares.revoked)) status = 'revoked';
  return { issuedOn: isoOf(issued), expiresOn: expires === null ? null : isoOf(expires), chip, status };
}
