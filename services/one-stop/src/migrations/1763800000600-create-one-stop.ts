import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@d06/persistence';

const TS = 'TIMESTAMP WITH TIME ZONE';

/** Dossiers with their history and code sequences, linked-procedure runs and steps, national-portal syncs. */
export class CreateOneStop1763800000600 implements MigrationInterface {
  name = 'CreateOneStop1763800000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "${s}"."dossiers" ("code" character varying(60) NOT NULL, ` +
        `"service_key" character varying(40) NOT NULL, "channel" character varying(10) NOT NULL, ` +
        `"status" character varying(24) NOT NULL, "applicant_id_number" character(12) NOT NULL, ` +
        `"agency_code" character varying(20) NOT NULL, "province_code" character(3) NOT NULL, ` +
        `"district_code" character(3), "commune_code" character(5), "acr" character varying(12), ` +
        `"received_by" character varying(100) NOT NULL, "received_at" ${TS} NOT NULL, "due_at" ${TS} NOT NULL, ` +
        `"legal_days" smallint NOT NULL, "completed_at" ${TS}, "on_time" boolean, "digitised" boolean NOT NULL, ` +
        `"fee_paid_online" boolean NOT NULL, "verification_needed" boolean NOT NULL, "form" jsonb NOT NULL, ` +
        `"form_fields" smallint NOT NULL, "prefilled_fields" smallint NOT NULL, ` +
        `"prefill_status" character varying(30) NOT NULL, "linked_run_id" uuid, ` +
        `"attention" character varying(500), "updated_at" ${TS} NOT NULL, ` +
        `CONSTRAINT "pk_dossiers" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."dossier_history" ("id" BIGSERIAL NOT NULL, ` +
        `"dossier_code" character varying(60) NOT NULL, "status" character varying(24) NOT NULL, ` +
        `"action" character varying(24) NOT NULL, "actor" character varying(100) NOT NULL, ` +
        `"reason" character varying(500), "at" ${TS} NOT NULL, CONSTRAINT "pk_dossier_history" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_dossier_history_dossier" ON "${s}"."dossier_history" ("dossier_code", "id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."dossier_sequences" ("agency_code" character varying(20) NOT NULL, ` +
        `"day" character(6) NOT NULL, "last_value" integer NOT NULL, ` +
        `CONSTRAINT "pk_dossier_sequences" PRIMARY KEY ("agency_code", "day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."linked_runs" ("run_id" uuid NOT NULL, "dossier_code" character varying(60) NOT NULL, ` +
        `"procedure" character varying(10) NOT NULL, "service_key" character varying(40) NOT NULL, ` +
        `"province_code" character(3) NOT NULL, "commune_code" character(5), "status" character varying(10) NOT NULL, ` +
        `"received_at" ${TS} NOT NULL, "due_at" ${TS} NOT NULL, "legal_days" smallint NOT NULL, ` +
        `"verification_needed" boolean NOT NULL, "form" jsonb NOT NULL, "finished_at" ${TS}, ` +
        `"within_limit" boolean, "failed_step" character varying(40), "failed_step_index" smallint, ` +
        `"reason_code" character varying(20), "reason" character varying(500), ` +
        `"traceparent" character varying(100), CONSTRAINT "pk_linked_runs" PRIMARY KEY ("run_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_linked_runs_dossier" ON "${s}"."linked_runs" ("dossier_code")`);
    await queryRunner.query(
      `CREATE TABLE "${s}"."linked_steps" ("run_id" uuid NOT NULL, "step_index" smallint NOT NULL, ` +
        `"step" character varying(40) NOT NULL, "owner" character varying(20) NOT NULL, ` +
        `"status" character varying(10) NOT NULL, "attempts" smallint NOT NULL, "requested_at" ${TS}, ` +
        `"attempt_deadline" ${TS}, "due_at" ${TS}, "completed_at" ${TS}, "output" jsonb, ` +
        `"reason" character varying(500), CONSTRAINT "pk_linked_steps" PRIMARY KEY ("run_id", "step_index"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_linked_steps_waiting" ON "${s}"."linked_steps" ("status", "attempt_deadline")`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."portal_syncs" ("id" BIGSERIAL NOT NULL, "dossier_code" character varying(60) NOT NULL, ` +
        `"status" character varying(24) NOT NULL, "changed_at" ${TS} NOT NULL, "state" character varying(10) NOT NULL, ` +
        `"attempts" smallint NOT NULL, "next_attempt_at" ${TS} NOT NULL, ` +
        `CONSTRAINT "pk_portal_syncs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_portal_syncs_due" ON "${s}"."portal_syncs" ("state", "next_attempt_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    for (const table of [
      'portal_syncs',
      'linked_steps',
      'linked_runs',
      'dossier_sequences',
      'dossier_history',
      'dossiers',
    ]) {
      await queryRunner.query(`DROP TABLE "${s}"."${table}"`);
    }
  }
}
