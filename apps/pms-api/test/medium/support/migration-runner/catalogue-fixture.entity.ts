import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

// Entities that disagree with the fixture migrations (fixture-migrations.ts) on purpose,
// one way each, so the entity/migration check can be seen to catch every kind.

@Entity({ name: 'widgets' })
export class WidgetFixtureEntity {
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  id!: number;

  /** VARCHAR(64) in the migration: a length change TypeORM would make a DROP + ADD. */
  @Column({ type: 'varchar', length: 120 })
  label!: string;

  @Column({ name: 'legacy_code', type: 'varchar', length: 16, nullable: true })
  legacyCode!: string | null;

  /** No migration adds it. */
  @Column({ type: 'int', nullable: true })
  weight!: number | null;
}

/**
 * Leaves out gadgets.label, which is NOT NULL without a default. (With one column left
 * out and another added in the same table TypeORM would guess a rename instead.)
 */
@Entity({ name: 'gadgets' })
export class GadgetFixtureEntity {
  @PrimaryColumn({ type: 'int', unsigned: true })
  id!: number;
}

/** No migration creates the table. */
@Entity({ name: 'sprockets' })
export class SprocketFixtureEntity {
  @PrimaryColumn({ type: 'int', unsigned: true })
  id!: number;
}

export const DISAGREEING_FIXTURE_ENTITIES = [WidgetFixtureEntity, GadgetFixtureEntity, SprocketFixtureEntity];
