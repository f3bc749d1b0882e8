import { changedFields, entryModel } from './audit-entry.mapper';
import { AuditAction } from './models/audit-entry.model';

describe('audit entry mapping', () => {
  it('lists every set column of a creation and of a removal', () => {
    expect(changedFields(null, { id: 'u1', name: 'Bappeda', parent_id: null, updated_at: 't' })).toEqual(['id', 'name']);
    expect(changedFields({ id: 'u1', name: 'Bappeda' }, null)).toEqual(['id', 'name']);
  });

  it('lists only the columns a change altered, leaving updated_at out, comparing nested values', () => {
    const before = { name: 'A', type: 'opd', meta: { a: 1 }, updated_at: 't1' };
    expect(changedFields(before, { ...before, type: 'hospital', updated_at: 't2' })).toEqual(['type']);
    expect(changedFields(before, { ...before, meta: { a: 2 } })).toEqual(['meta']);
    expect(changedFields(before, { ...before, updated_at: 't3' })).toEqual([]);
  });

  it('returns the JSON columns as JSON text', () => {
    const entry = entryModel({
      id: '7',
      at: new Date('2024-05-01T00:00:00Z'),
      actorUserId: null,
      actorRole: 'region_admin',
      actorApiKeyId: null,
      requestId: 'r-1',
      provinceCode: '19',
      regionCode: '19.71',
      entity: 'target',
      entityKey: { region_id: '19.71', framework_code: 'RB', year: 2024 },
      action: 'delete',
      before: { target_rank: 3 },
      after: null,
      reason: null,
    });
    expect(entry).toMatchObject({
      action: AuditAction.DELETE,
      before: '{"target_rank":3}',
      after: null,
      changedFields: ['target_rank'],
    });
    expect(JSON.parse(entry.entityKey)).toEqual({ region_id: '19.71', framework_code: 'RB', year: 2024 });
  });
});
