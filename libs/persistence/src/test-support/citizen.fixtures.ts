// Entities and migrations used by this library's tests: a service-like schema with a citizen table and a counter.
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { qualifiedName } from '../data-source/schema-name';

@Entity({ name: 'citizen' })
export class Citizen {
  @PrimaryColumn({ name: 'id_number', type: 'char', length: 12 })
  idNumber!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'integer', default: 0 })
  visits!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The same table after someone added a field to the entity but forgot the migration. */
@Entity({ name: 'citizen' })
export class CitizenWithBirthDate extends Citizen {
  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;
}

@Entity({ name: 'counter' })
export class Counter {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  value!: number;
}

export class CreateCitizen1700000000000 implements MigrationInterface {
  name = 'CreateCitizen1700000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE ${qualifiedName(queryRunner, 'citizen')} (
      "id_number" character(12) NOT NULL,
      "full_name" text NOT NULL,
      "visits" integer NOT NULL DEFAULT 0,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_citizen" PRIMARY KEY ("id_number")
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${qualifiedName(queryRunner, 'citizen')}`);
  }
}

export class CreateCounter1700000000001 implements MigrationInterface {
  name = 'CreateCounter1700000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE ${qualifiedName(queryRunner, 'counter')} (
      "name" text NOT NULL,
      "value" integer NOT NULL,
      CONSTRAINT "PK_counter" PRIMARY KEY ("name")
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${qualifiedName(queryRunner, 'counter')}`);
  }
}

export const entities = [Citizen, Counter];
export const migrations = [CreateCitizen1700000000000, CreateCounter1700000000001];
