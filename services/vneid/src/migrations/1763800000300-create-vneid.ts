import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@d06/persistence';

/** e-ID accounts, activation targets, integrated documents and the provider's signing keys. */
export class CreateVneid1763800000300 implements MigrationInterface {
  name = 'CreateVneid1763800000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "${s}"."eid_accounts" ("id_number" character(12) NOT NULL, "subject" uuid NOT NULL, ` +
        `"level" smallint NOT NULL, "status" character varying(10) NOT NULL, "channel" character varying(8) NOT NULL, ` +
        `"full_name" character varying(200) NOT NULL, "birth_date" date NOT NULL, "sex" character varying(6) NOT NULL, ` +
        `"phone" character varying(15) NOT NULL, "province_code" character(3) NOT NULL, ` +
        `"commune_code" character varying(5), "password_hash" character varying(200) NOT NULL, ` +
        `"fingerprint_verified" boolean NOT NULL DEFAULT false, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"due_at" TIMESTAMP WITH TIME ZONE, "approved_at" TIMESTAMP WITH TIME ZONE, ` +
        `"activated_at" TIMESTAMP WITH TIME ZONE, "upgraded_at" TIMESTAMP WITH TIME ZONE, ` +
        `"failed_logins" integer NOT NULL DEFAULT 0, "locked_until" TIMESTAMP WITH TIME ZONE, ` +
        `"revoked_at" TIMESTAMP WITH TIME ZONE, "revoke_reason" character varying(20), ` +
        `CONSTRAINT "pk_eid_accounts" PRIMARY KEY ("id_number"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_eid_accounts_due" ON "${s}"."eid_accounts" ("status", "due_at")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_eid_accounts_subject" ON "${s}"."eid_accounts" ("subject")`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."activation_targets" ("province_code" character(3) NOT NULL, "target" integer NOT NULL, ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_activation_targets" PRIMARY KEY ("province_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."integrated_documents" ("id_number" character(12) NOT NULL, ` +
        `"kind" character varying(10) NOT NULL, "document_number" character varying(40) NOT NULL, ` +
        `"issued_on" date NOT NULL, "expires_on" date, "details" jsonb NOT NULL, ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "pk_integrated_documents" PRIMARY KEY ("id_number", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."signing_keys" ("id" character varying(20) NOT NULL, "jwks" jsonb NOT NULL, ` +
        `"cookie_keys" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "pk_signing_keys" PRIMARY KEY ("id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    for (const table of ['signing_keys', 'integrated_documents', 'activation_targets', 'eid_accounts']) {
      await queryRunner.query(`DROP TABLE "${s}"."${table}"`);
    }
  }
}
