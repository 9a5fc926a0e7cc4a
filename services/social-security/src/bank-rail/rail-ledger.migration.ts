import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@d06/persistence';

/** The simulated bank's ledger: accepted transfers (one per reference) and every instruction received. */
export class CreateRailLedger1763800000510 implements MigrationInterface {
  name = 'CreateRailLedger1763800000510';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "${s}"."rail_transfers" ("reference" character varying(35) NOT NULL, ` +
        `"batch_ref" character varying(60), "content_hash" character(64) NOT NULL, "amount_vnd" bigint NOT NULL, ` +
        `"payment_channel" character varying(20) NOT NULL, "provider" character varying(20) NOT NULL, ` +
        `"account_number" character varying(34) NOT NULL, "account_name" character varying(140) NOT NULL, ` +
        `"status" character varying(10) NOT NULL, "reason" character varying(30), ` +
        `"transaction_id" character varying(40), "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"value_date" date, "reversal_due_on" date, "reversal_reason" character varying(30), ` +
        `CONSTRAINT "pk_rail_transfers" PRIMARY KEY ("reference"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_rail_transfers_batch" ON "${s}"."rail_transfers" ("batch_ref")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_rail_transfers_value_date" ON "${s}"."rail_transfers" ("value_date")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_rail_transfers_reversal" ON "${s}"."rail_transfers" ("reversal_due_on")`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."rail_requests" ("request_id" BIGSERIAL NOT NULL, ` +
        `"reference" character varying(35) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"outcome" character varying(10) NOT NULL, CONSTRAINT "pk_rail_requests" PRIMARY KEY ("request_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_rail_requests_reference" ON "${s}"."rail_requests" ("reference")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE "${s}"."rail_requests"`);
    await queryRunner.query(`DROP TABLE "${s}"."rail_transfers"`);
  }
}
