import { auditChanges } from './audit-changes';

describe('auditChanges', () => {
  it('lists the fields that changed, as text, without the quote', () => {
    expect(
      auditChanges({
        before: { arrival: '2027-07-01', totalMinor: 1000, party: { adults: 2 }, quote: { lines: [] } },
        after: { arrival: '2027-07-02', totalMinor: 1000, party: { adults: 3 }, quote: { lines: [1] }, repriced: true },
      }),
    ).toEqual([
      { field: 'arrival', before: '2027-07-01', after: '2027-07-02' },
      { field: 'party', before: '{"adults":2}', after: '{"adults":3}' },
      { field: 'repriced', before: '—', after: 'true' },
    ]);
  });

  it('shows every field of a creation or note (no before)', () => {
    expect(auditChanges({ before: null, after: { noteId: '7', text: 'Late' } })).toEqual([
      { field: 'noteId', before: '—', after: '7' },
      { field: 'text', before: '—', after: 'Late' },
    ]);
  });
});
