import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@d06/persistence';

/** The BHYT registry: participants, cards, facilities, claims and household renewals. */
export class CreateBhytRegistry1763800000400 implements MigrationInterface {
  name = 'CreateBhytRegistry1763800000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "${s}"."participants" ("social_insurance_number" character(10) NOT NULL, ` +
        `"id_number" character(12), "id_synced" boolean NOT NULL DEFAULT false, ` +
        `"full_name" character varying(200) NOT NULL, "birth_date" date NOT NULL, "sex" character varying(6) NOT NULL, ` +
        `"province" character(3) NOT NULL, "household_id" character varying(40), "deceased_on" date, ` +
        `"verification" character varying(10), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "pk_participants" PRIMARY KEY ("social_insurance_number"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_participants_id_number" ON "${s}"."participants" ("id_number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."cards" ("card_code" character(15) NOT NULL, ` +
        `"social_insurance_number" character(10) NOT NULL, "valid_from" date NOT NULL, "valid_to" date NOT NULL, ` +
        `"status" character varying(10) NOT NULL DEFAULT 'active', "reduction" character varying(12), ` +
        `"issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_cards" PRIMARY KEY ("card_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cards_participant" ON "${s}"."cards" ("social_insurance_number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."facilities" ("facility_code" character(5) NOT NULL, "name" character varying(200) NOT NULL, ` +
        `"kind" character varying(30) NOT NULL, "province" character(3) NOT NULL, "district_code" character(3), ` +
        `"accepts_id_card" boolean NOT NULL DEFAULT true, ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_facilities" PRIMARY KEY ("facility_code"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_facilities_province" ON "${s}"."facilities" ("province")`);
    await queryRunner.query(
      `CREATE TABLE "${s}"."claims" ("claim_id" uuid NOT NULL, "facility_code" character(5) NOT NULL, ` +
        `"claim_ref" character varying(60) NOT NULL, "card_code" character(15) NOT NULL, ` +
        `"kind" character varying(12) NOT NULL, "visit_date" date NOT NULL, "amount_vnd" bigint NOT NULL, ` +
        `"submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "uq_claims_reference" UNIQUE ("facility_code", "claim_ref"), ` +
        `CONSTRAINT "pk_claims" PRIMARY KEY ("claim_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."household_renewals" ("renewal_id" uuid NOT NULL, ` +
        `"household_ref" character varying(40) NOT NULL, "attempt" integer NOT NULL, "province" character(3) NOT NULL, ` +
        `"members" smallint NOT NULL, "months" smallint NOT NULL, "premium_total_vnd" bigint NOT NULL, ` +
        `"status" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "uq_household_renewals_attempt" UNIQUE ("household_ref", "attempt"), ` +
        `CONSTRAINT "pk_household_renewals" PRIMARY KEY ("renewal_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    for (const table of ['household_renewals', 'claims', 'facilities', 'cards', 'participants']) {
      await queryRunner.query(`DROP TABLE "${s}"."${table}"`);
    }
  }
}
