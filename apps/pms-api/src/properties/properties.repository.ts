import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PropertySummary } from '@pitchdesk/contracts';
import { DatabaseSessions } from '../database/database-sessions';
import type { ReadIntent } from '../database/database-sessions';
import { PropertyEntity } from './property.entity';

function toSummary(entity: PropertyEntity): PropertySummary {
  return {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    timeZone: entity.timeZone,
    currency: entity.currency,
  };
}

@Injectable()
export class PropertiesRepository {
  constructor(private readonly sessions: DatabaseSessions) {}

  async list(intent: ReadIntent): Promise<PropertySummary[]> {
    return this.sessions.read(intent, async (manager) => {
      const rows = await manager.find(PropertyEntity, { order: { name: 'ASC' } });
      return rows.map(toSummary);
    });
  }

  async findBySlug(intent: ReadIntent, slug: string): Promise<PropertySummary | null> {
    return this.sessions.read(intent, async (manager) => {
      const row = await manager.findOneBy(PropertyEntity, { slug });
      return row ? toSummary(row) : null;
    });
  }

  async findById(intent: ReadIntent, id: string): Promise<PropertySummary | null> {
    return this.sessions.read(intent, (manager) => this.findByIdWith(manager, id));
  }

  async findByIdWith(manager: EntityManager, id: string): Promise<PropertySummary | null> {
    const row = await manager.findOneBy(PropertyEntity, { id });
    return row ? toSummary(row) : null;
  }

  /** Inserts or updates by slug; `manager` lets callers make it part of their transaction. */
  async upsert(property: PropertySummary, manager?: EntityManager): Promise<void> {
    const write = async (target: EntityManager): Promise<void> => {
      await target.upsert(PropertyEntity, property, ['slug']);
    };
    if (manager) {
      await write(manager);
    } else {
      await this.sessions.transaction(write);
    }
  }

  async rename(slug: string, name: string): Promise<void> {
    await this.sessions.transaction(async (manager) => {
      await manager.update(PropertyEntity, { slug }, { name });
    });
  }
}
