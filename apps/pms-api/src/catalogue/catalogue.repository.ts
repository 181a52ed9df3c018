import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RateCard, Unit, UnitType } from '@pitchdesk/domain';
import { DatabaseSessions } from '../database/database-sessions';
import type { ReadIntent } from '../database/database-sessions';
import { RateCardEntity } from './rate-card.entity';
import { UnitTypeEntity } from './unit-type.entity';
import { UnitEntity } from './unit.entity';

export interface Inventory {
  readonly unitTypes: UnitType[];
  readonly units: Unit[];
}

export interface VersionedRateCard {
  readonly version: number;
  readonly card: RateCard;
}

function toUnitType(row: UnitTypeEntity): UnitType {
  return { id: row.id, code: row.code, kind: row.kind, name: row.name, description: row.description, maxGuests: row.maxGuests };
}

function toUnit(row: UnitEntity): Unit {
  return { id: row.id, unitTypeId: row.unitTypeId, code: row.code, attributes: row.attributes, map: row.map };
}

@Injectable()
export class CatalogueRepository {
  constructor(private readonly sessions: DatabaseSessions) {}

  async inventory(intent: ReadIntent, propertyId: string): Promise<Inventory> {
    return this.sessions.read(intent, (manager) => this.inventoryWith(manager, propertyId));
  }

  /** Within the caller's transaction (a hold decides on it, so it reads the primary). */
  async inventoryWith(manager: EntityManager, propertyId: string): Promise<Inventory> {
    const types = await manager.find(UnitTypeEntity, { where: { propertyId }, order: { sortOrder: 'ASC', code: 'ASC' } });
    const units = await manager.find(UnitEntity, { where: { propertyId }, order: { code: 'ASC' } });
    return { unitTypes: types.map(toUnitType), units: units.map(toUnit) };
  }

  async unitWith(manager: EntityManager, propertyId: string, unitId: string): Promise<Unit | null> {
    const row = await manager.findOneBy(UnitEntity, { propertyId, id: unitId });
    return row ? toUnit(row) : null;
  }

  async unitTypeByIdWith(manager: EntityManager, propertyId: string, id: string): Promise<UnitType | null> {
    const row = await manager.findOneBy(UnitTypeEntity, { propertyId, id });
    return row ? toUnitType(row) : null;
  }

  async unitTypeByCodeWith(manager: EntityManager, propertyId: string, code: string): Promise<UnitType | null> {
    const row = await manager.findOneBy(UnitTypeEntity, { propertyId, code });
    return row ? toUnitType(row) : null;
  }

  async unitsOfTypeWith(manager: EntityManager, propertyId: string, unitTypeId: string): Promise<Unit[]> {
    const rows = await manager.find(UnitEntity, { where: { propertyId, unitTypeId }, order: { code: 'ASC' } });
    return rows.map(toUnit);
  }

  async rateCardVersionWith(manager: EntityManager, propertyId: string, version: number): Promise<RateCard | null> {
    const row = await manager.findOneBy(RateCardEntity, { propertyId, version });
    return row ? row.body : null;
  }

  async currentRateCardVersionWith(manager: EntityManager, propertyId: string): Promise<number | null> {
    const [row] = (await manager.query('SELECT MAX(version) AS version FROM rate_cards WHERE property_id = ?', [propertyId])) as {
      version: number | null;
    }[];
    return row?.version ?? null;
  }

  async currentRateCard(intent: ReadIntent, propertyId: string): Promise<VersionedRateCard | null> {
    return this.sessions.read(intent, (manager) => this.currentRateCardWith(manager, propertyId));
  }

  async currentRateCardWith(manager: EntityManager, propertyId: string): Promise<VersionedRateCard | null> {
    const row = await manager.findOne(RateCardEntity, { where: { propertyId }, order: { version: 'DESC' } });
    return row ? { version: row.version, card: row.body } : null;
  }

  /** Replaces a property's inventory and appends a rate card version (demo data, imports). */
  async replaceInventory(
    manager: EntityManager,
    propertyId: string,
    inventory: Inventory,
    rateCard: RateCard,
  ): Promise<void> {
    await manager.delete(UnitEntity, { propertyId });
    await manager.delete(UnitTypeEntity, { propertyId });
    await manager.insert(
      UnitTypeEntity,
      inventory.unitTypes.map((type, index) => ({ ...type, propertyId, sortOrder: index })),
    );
    // Chunked: one multi-row INSERT per few hundred units keeps packets small.
    for (let start = 0; start < inventory.units.length; start += 200) {
      await manager.insert(
        UnitEntity,
        inventory.units.slice(start, start + 200).map((unit) => ({ ...unit, propertyId })),
      );
    }
    const latest = await this.currentRateCardWith(manager, propertyId);
    await manager.insert(RateCardEntity, { propertyId, version: (latest?.version ?? 0) + 1, body: rateCard });
  }
}
