import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@d06/persistence';

/** The ledger of linked-procedure steps a service owns (LinkedStepRecord), in the service's own schema. */
export class LinkedStepsTable1763800000900 implements MigrationInterface {
  name = 'LinkedStepsTable1763800000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "${s}"."linked_steps" ("run_id" uuid NOT NULL, "step" character varying(40) NOT NULL, ` +
        `"dossier_code" character varying(60) NOT NULL, "procedure" character varying(10) NOT NULL, ` +
        `"outcome" character varying(10) NOT NULL, "reason_code" character varying(60), ` +
        `"reason" character varying(500), "output" jsonb NOT NULL, "attempt" integer NOT NULL, ` +
        `"last_attempt" integer NOT NULL, "answers" integer NOT NULL, ` +
        `"decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_linked_steps" PRIMARY KEY ("run_id", "step"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${schemaOf(queryRunner)}"."linked_steps"`);
  }
}
