import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@d06/persistence';

/** Beneficiaries, the ID → account mapping, payment batches and payments, deaths, funeral allowances. */
export class CreateSocialSecurity1763800000500 implements MigrationInterface {
  name = 'CreateSocialSecurity1763800000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "${s}"."beneficiaries" ("beneficiary_no" BIGSERIAL NOT NULL, "id_number" character(12) NOT NULL, ` +
        `"full_name" character varying(200) NOT NULL, "birth_date" date NOT NULL, "sex" character varying(6) NOT NULL, ` +
        `"beneficiary_group" character varying(20) NOT NULL, "category" character varying(40) NOT NULL, ` +
        `"monthly_amount_vnd" bigint NOT NULL, "province_code" character(3) NOT NULL, ` +
        `"commune_code" character varying(5), "status" character varying(10) NOT NULL DEFAULT 'active', ` +
        `"ended_reason" character varying(20), "review_result" character varying(10), ` +
        `"review_mismatched_fields" jsonb, "reviewed_at" TIMESTAMP WITH TIME ZONE, ` +
        `"enrolled_via" character varying(10) NOT NULL, "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "pk_beneficiaries" PRIMARY KEY ("beneficiary_no"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_beneficiaries_province" ON "${s}"."beneficiaries" ("province_code", "status")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_beneficiaries_id_number" ON "${s}"."beneficiaries" ("id_number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."account_links" ("id_number" character(12) NOT NULL, ` +
        `"payment_channel" character varying(20) NOT NULL, "provider" character varying(20) NOT NULL, ` +
        `"account_number" character varying(34) NOT NULL, "account_name" character varying(140) NOT NULL, ` +
        `"status" character varying(10) NOT NULL DEFAULT 'active', "declared_via" character varying(10) NOT NULL, ` +
        `"linked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "pk_account_links" PRIMARY KEY ("id_number"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."payment_batches" ("batch_id" uuid NOT NULL, "cycle" character(7) NOT NULL, ` +
        `"province_code" character(3) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'created', ` +
        `"payments" integer NOT NULL, "total_amount_vnd" bigint NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, ` +
        `"completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_payment_batches" PRIMARY KEY ("batch_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_payment_batches_cycle" ON "${s}"."payment_batches" ("cycle", "province_code")`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."payments" ("reference" character varying(35) NOT NULL, ` +
        `"purpose" character varying(10) NOT NULL, "batch_id" uuid, "cycle" character(7), ` +
        `"id_number" character(12) NOT NULL, "beneficiary_group" character varying(20) NOT NULL, ` +
        `"amount_vnd" bigint NOT NULL, "payment_channel" character varying(20) NOT NULL, ` +
        `"provider" character varying(20) NOT NULL, "account_number" character varying(34) NOT NULL, ` +
        `"account_name" character varying(140) NOT NULL, "province_code" character(3) NOT NULL, ` +
        `"commune_code" character varying(5), "status" character varying(10) NOT NULL DEFAULT 'pending', ` +
        `"reject_reason" character varying(30), "transaction_id" character varying(40), "value_date" date, ` +
        `"reversed_on" date, "reversal_reason" character varying(30), "attempts" integer NOT NULL DEFAULT '0', ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, ` +
        `"settled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_payments" PRIMARY KEY ("reference"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_payments_status" ON "${s}"."payments" ("batch_id", "status")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_payments_batch_beneficiary" ON "${s}"."payments" ("batch_id", "id_number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."deaths" ("id_number" character(12) NOT NULL, "date_of_death" date NOT NULL, ` +
        `"province_code" character(3) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "pk_deaths" PRIMARY KEY ("id_number"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."funeral_allowances" ("deceased_id_number" character(12) NOT NULL, ` +
        `"beneficiary_group" character varying(20) NOT NULL, "date_of_death" date NOT NULL, ` +
        `"amount_vnd" bigint NOT NULL, "basis" character varying(200) NOT NULL, ` +
        `"claimant_id_number" character(12) NOT NULL, "claimant_name" character varying(200) NOT NULL, ` +
        `"relationship" character varying(20) NOT NULL, "dossier_code" character varying(60), ` +
        `"payment_reference" character varying(35) NOT NULL, "province_code" character(3) NOT NULL, ` +
        `"commune_code" character varying(5), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "pk_funeral_allowances" PRIMARY KEY ("deceased_id_number"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    for (const table of [
      'funeral_allowances',
      'deaths',
      'payments',
      'payment_batches',
      'account_links',
      'beneficiaries',
    ]) {
      await queryRunner.query(`DROP TABLE "${s}"."${table}"`);
    }
  }
}
