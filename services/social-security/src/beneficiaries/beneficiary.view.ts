import { beneficiaryCode, type Beneficiary } from './beneficiary.entity';

/** A beneficiary as the API shows it. */
export function beneficiaryView(b: Beneficiary) {
  return {
    idNumber: b.idNumber,
    beneficiaryCode: beneficiaryCode(b),
    fullName: b.fullName,
    birthDate: b.birthDate,
    sex: b.sex,
    group: b.group,
    category: b.category,
    monthlyAmountVnd: b.monthlyAmountVnd,
    provinceCode: b.provinceCode,
    communeCode: b.communeCode,
    status: b.status,
    endedReason: b.endedReason,
    review: b.reviewResult
      ? { result: b.reviewResult, mismatchedFields: b.reviewMismatchedFields ?? [], reviewedAt: b.reviewedAt }
      : null,
    enrolledVia: b.enrolledVia,
    enrolledAt: b.enrolledAt,
  };
}

export type BeneficiaryView = ReturnType<typeof beneficiaryView>;
