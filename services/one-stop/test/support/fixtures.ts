/** Synthetic people and forms of the tests (ID numbers well-formed, not real). */
export const MOTHER = '038195004567';
export const FATHER = '038092003456';
export const DECEASED = '038045001234';
export const CLAIMANT = '038070002345';

/** The mother as the register shows her to the one-stop role. */
export const MOTHER_RECORD = {
  idNumber: MOTHER,
  fullName: 'Lê Thị Hoa',
  birthDate: '1995-03-02',
  sex: 'female',
  status: 'alive',
  ethnicity: 'Kinh',
  birthplaceProvince: '038',
  hometownProvince: '038',
  permanentResidence: {
    provinceCode: '038',
    districtCode: '380',
    communeCode: '38001',
    address: 'Số 12 Lê Lợi',
  },
  temporaryResidence: null,
  maritalStatus: 'married',
};

export const BIRTH_FORM = {
  birth: {
    fullName: 'Lê Thị Bình An',
    birthDate: '2023-09-14',
    sex: 'female',
    ethnicity: 'Kinh',
    birthplaceProvince: '038',
    fatherIdNumber: FATHER,
    motherIdNumber: MOTHER,
    residence: { provinceCode: '038', districtCode: '380', communeCode: '38001', address: 'Số 12 Lê Lợi' },
  },
};

export const DEATH_FORM = {
  death: {
    idNumber: DECEASED,
    dateOfDeath: '2023-09-13',
    claimant: { idNumber: CLAIMANT, fullName: 'Trần Văn Bình' },
  },
};

export function birthDossier(extra: Record<string, unknown> = {}) {
  return {
    serviceKey: 'da06-15',
    channel: 'counter',
    applicantIdNumber: MOTHER,
    districtCode: '380',
    communeCode: '38001',
    form: BIRTH_FORM,
    ...extra,
  };
}

export function deathDossier(extra: Record<string, unknown> = {}) {
  return {
    serviceKey: 'da06-16',
    channel: 'counter',
    applicantIdNumber: CLAIMANT,
    form: DEATH_FORM,
    ...extra,
  };
}
