import { accountsNamedBy, changedFields, entryModel } from './audit-entry.mapper';
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

  it('names the actor and the accounts a record refers to, once each, ignoring anything not an id', () => {
    const a = '11111111-1111-4111-8111-111111111111';
    const b = '22222222-2222-4222-8222-222222222222';
    const c = '33333333-3333-4333-8333-333333333333';
    expect(
      accountsNamedBy({
        actorUserId: a,
        entityKey: { region_id: '19.71', user_id: b },
        before: { user_id: b, granted_by: c, role: 'editor' },
        after: { user_id: b, granted_by: a, role: 'viewer' },
      }),
    ).toEqual([a, b, c]);
    expect(
      accountsNamedBy({ actorUserId: null, entityKey: { id: a }, before: null, after: { created_by: 'not-an-id', name: b } }),
    ).toEqual([]);
  });
});
