import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@d06/persistence';

/** The register: citizens, households, CCCD cards and applications, absences, the audit log, seeded defects. */
export class CreatePopulationRegistry1763800000100 implements MigrationInterface {
  name = 'CreatePopulationRegistry1763800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "${s}"."citizens" ("id_number" character(12) NOT NULL, "full_name" character varying(200) NOT NULL, ` +
        `"birth_date" date NOT NULL, "sex" character varying(6) NOT NULL, ` +
        `"ethnicity" character varying(40) NOT NULL DEFAULT 'Kinh', "birthplace_province" character(3) NOT NULL, ` +
        `"hometown_province" character(3) NOT NULL, "permanent_province" character(3), ` +
        `"permanent_district" character varying(10), "permanent_commune" character varying(12), ` +
        `"permanent_address" character varying(300), "temporary_province" character(3), ` +
        `"temporary_district" character varying(10), "temporary_commune" character varying(12), ` +
        `"temporary_address" character varying(300), "temporary_until" date, "household_id" character varying(20), ` +
        `"relation_to_head" character varying(12), "father_id_number" character(12), "mother_id_number" character(12), ` +
        `"marital_status" character varying(10) NOT NULL DEFAULT 'single', ` +
        `"status" character varying(10) NOT NULL DEFAULT 'alive', "deceased_on" date, ` +
        `"registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_citizens" PRIMARY KEY ("id_number"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_citizens_household" ON "${s}"."citizens" ("household_id")`);
    await queryRunner.query(
      `CREATE TABLE "${s}"."data_defects" ("id_number" character(12) NOT NULL, "sector" character varying(20) NOT NULL, ` +
        `"field" character varying(30) NOT NULL, "kind" character varying(30) NOT NULL, ` +
        `CONSTRAINT "pk_data_defects" PRIMARY KEY ("id_number", "sector", "field"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."households" ("household_id" character varying(20) NOT NULL, ` +
        `"head_id_number" character(12) NOT NULL, "province" character(3) NOT NULL, ` +
        `"district" character varying(10) NOT NULL, "commune" character varying(12) NOT NULL, ` +
        `"address" character varying(300) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "pk_households" PRIMARY KEY ("household_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."idcards" ("id_number" character(12) NOT NULL, "issued_on" date NOT NULL, ` +
        `"expires_on" date, "chip" boolean NOT NULL DEFAULT true, "status" character varying(10) NOT NULL DEFAULT 'valid', ` +
        `CONSTRAINT "pk_idcards" PRIMARY KEY ("id_number"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."idcard_applications" ("application_id" uuid NOT NULL, "id_number" character(12) NOT NULL, ` +
        `"age_band" character varying(8) NOT NULL, "channel" character varying(8) NOT NULL, ` +
        `"status" character varying(10) NOT NULL DEFAULT 'applied', "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"issued_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_idcard_applications" PRIMARY KEY ("application_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_idcard_applications_citizen" ON "${s}"."idcard_applications" ("id_number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."temporary_absences" ("absence_id" uuid NOT NULL, "id_number" character(12) NOT NULL, ` +
        `"from_date" date NOT NULL, "until_date" date NOT NULL, "destination" character varying(300) NOT NULL, ` +
        `"declared_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_temporary_absences" PRIMARY KEY ("absence_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_temporary_absences_citizen" ON "${s}"."temporary_absences" ("id_number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."audit_log" ("entry_id" BIGSERIAL NOT NULL, ` +
        `"at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "caller_type" character varying(8) NOT NULL, ` +
        `"caller_id" character varying(100) NOT NULL, "agency" character varying(100) NOT NULL, ` +
        `"role" character varying(30) NOT NULL, "purpose" character varying(200), "dossier_code" character varying(60), ` +
        `"action" character varying(40) NOT NULL, "id_number" character(12), "outcome" character varying(20) NOT NULL, ` +
        `CONSTRAINT "pk_audit_log" PRIMARY KEY ("entry_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_log_citizen" ON "${s}"."audit_log" ("id_number")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    for (const table of [
      'audit_log',
      'temporary_absences',
      'idcard_applications',
      'idcards',
      'households',
      'data_defects',
      'citizens',
    ]) {
      await queryRunner.query(`DROP TABLE "${s}"."${table}"`);
    }
  }
}
