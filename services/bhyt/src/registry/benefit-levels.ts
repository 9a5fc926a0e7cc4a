/**
 * Benefit levels (mức hưởng, the card code's third character) of the cards this service issues, per QĐ
 * 1351/QĐ-BHXH: TE is 1 (100%, no limit; the domain reference's TE1… example), GD is 4 (80%).
 */
export const CHILD_BENEFIT_LEVEL = 1;
export const HOUSEHOLD_BENEFIT_LEVEL = 4;
