import type { GeneratedPerson } from '@d06/synthetic';
import type { EntityManager } from 'typeorm';
import type { AccountDraw, DrawnAccount } from './account-draw';

const FLUSH_AT = 2_000;

/**
 * Buffers generated beneficiaries and their accounts and writes them in multi-row INSERTs (one statement per
 * column set, arrays unnested: fast on PostgreSQL and on the embedded database alike). The beneficiary is stored
 * as the social-security list holds it — possibly unlike the register (an injected defect) — while the account is
 * mapped to the person's real ID number, as a bank or VNeID would: a defective ID number then finds no account.
 */
export class BeneficiaryLoader {
  private beneficiaries: GeneratedPerson[] = [];
  private accounts: { idNumber: string; account: DrawnAccount }[] = [];
  skipped = 0;
  accountCounts = { active: 0, inactive: 0, 'bank-account': 0, 'e-wallet': 0, 'mobile-money': 0 };

  constructor(
    private readonly manager: EntityManager,
    private readonly schema: string,
    private readonly draw: AccountDraw,
    private readonly now: Date,
  ) {}

  async add(person: GeneratedPerson): Promise<void> {
    if (!person.socialSecurity) return;
    this.beneficiaries.push(person);
    if (person.socialSecurity.hasBankAccount) {
      const account = this.draw.next({ fullName: person.fullName, phoneNumber: person.eid.phoneNumber });
      this.accounts.push({ idNumber: person.idNumber, account });
    }
    if (this.beneficiaries.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    const people = this.beneficiaries;
    const accounts = this.accounts;
    this.beneficiaries = [];
    this.accounts = [];
    if (people.length > 0) await this.insertBeneficiaries(people);
    if (accounts.length > 0) await this.insertAccounts(accounts);
  }

  private async insertBeneficiaries(people: GeneratedPerson[]): Promise<void> {
    const records = people.map((p) => ({ person: p, record: p.socialSecurity! }));
    const inserted = await this.manager.query<unknown[]>(
      `INSERT INTO "${this.schema}"."beneficiaries" (id_number, full_name, birth_date, sex, beneficiary_group,
          category, monthly_amount_vnd, province_code, commune_code, status, enrolled_via, enrolled_at)
       SELECT t.*, 'active', 'seed', $10::timestamptz
         FROM unnest($1::char(12)[], $2::varchar[], $3::date[], $4::varchar[], $5::varchar[], $6::varchar[],
                     $7::bigint[], $8::char(3)[], $9::varchar[])
           AS t(id_number, full_name, birth_date, sex, beneficiary_group, category, monthly_amount_vnd,
                province_code, commune_code)
       ON CONFLICT (id_number) DO NOTHING
       RETURNING 1`,
      [
        records.map((r) => r.record.identity.idNumber),
        records.map((r) => r.record.identity.fullName),
        records.map((r) => r.record.identity.birthDate),
        records.map((r) => r.record.identity.sex),
        records.map((r) => r.record.group),
        records.map((r) => r.record.category),
        records.map((r) => r.record.monthlyAmountVnd),
        records.map((r) => r.person.permanent.provinceCode),
        records.map((r) => r.person.permanent.communeCode),
        this.now,
      ],
    );
    this.skipped += people.length - inserted.length;
  }

  private async insertAccounts(accounts: { idNumber: string; account: DrawnAccount }[]): Promise<void> {
    const inserted = await this.manager.query<
      { status: string; payment_channel: DrawnAccount['paymentChannel'] }[]
    >(
      `INSERT INTO "${this.schema}"."account_links" (id_number, payment_channel, provider, account_number,
          account_name, status, declared_via, linked_at, updated_at)
       SELECT t.*, 'seed', $7::timestamptz, $7::timestamptz
         FROM unnest($1::char(12)[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[])
           AS t(id_number, payment_channel, provider, account_number, account_name, status)
       ON CONFLICT (id_number) DO NOTHING
       RETURNING status, payment_channel`,
      [
        accounts.map((a) => a.idNumber),
        accounts.map((a) => a.account.paymentChannel),
        accounts.map((a) => a.account.provider),
        accounts.map((a) => a.account.accountNumber),
        accounts.map((a) => a.account.accountName.slice(0, 140)),
        accounts.map((a) => a.account.status),
        this.now,
      ],
    );
    for (const row of inserted) {
      this.accountCounts[row.status === 'active' ? 'active' : 'inactive'] += 1;
      this.accountCounts[row.payment_channel] += 1;
    }
  }
}
