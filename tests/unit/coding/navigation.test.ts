import { describe, expect, it } from 'vitest';
import { compareAcross, neighbourAcross, neighbourInDocument, placeAcross, type PlacedSegment } from '../../../renderer/features/coding/navigation';
import { segment } from './fixtures';

describe('neighbourInDocument', () => {
  const segments = [segment('c', 50, 60), segment('a', 10, 40), segment('b', 10, 20), segment('d', 50, 55)];

  it('steps in reading order: by start, then end', () => {
    const order: string[] = [];
    for (let id: string | null = null, next = neighbourInDocument(segments, id, 'next'); next; id = next.id, next = neighbourInDocument(segments, id, 'next')) order.push(next.id);
    expect(order).toEqual(['b', 'a', 'd', 'c']);
    expect(neighbourInDocument(segments, 'a', 'previous')?.id).toBe('b');
    expect(neighbourInDocument(segments, 'b', 'previous')).toBeNull();
  });

  it('starts at the first or last with nothing selected', () => {
    expect(neighbourInDocument(segments, null, 'next')?.id).toBe('b');
    expect(neighbourInDocument(segments, null, 'previous')?.id).toBe('c');
    expect(neighbourInDocument([], null, 'next')).toBeNull();
  });
});

describe('neighbourAcross', () => {
  const placed = (id: string, documentId: string, start: number, projectName: string, documentTitle: string): PlacedSegment => ({
    segment: segment(id, start, start + 5, { documentId }),
    projectName,
    documentTitle,
  });
  const items = [
    placed('late', 'd2', 500, 'Älvdalen växer', 'Slutrapport'),
    placed('early', 'd2', 10, 'Älvdalen växer', 'Slutrapport'),
    placed('interim', 'd3', 0, 'Älvdalen växer', 'Delrapport 2'),
    placed('interim10', 'd4', 0, 'Älvdalen växer', 'Delrapport 10'),
    placed('other', 'd1', 300, 'Mora möts', 'Slutrapport'),
    placed('first', 'd5', 900, 'Besöksnäring', 'Ansökan'),
  ];

  it('orders by project name (Swedish: Ä after Z), document title (numbers as numbers), then position', () => {
    expect([...items].sort(compareAcross).map((item) => item.segment.id)).toEqual(['first', 'other', 'interim', 'interim10', 'early', 'late']);
  });

  it('finds the next and previous across documents, null at the ends', () => {
    expect(neighbourAcross(items, 'other', 'next')?.segment.id).toBe('interim');
    expect(neighbourAcross(items, 'interim', 'previous')?.segment.documentId).toBe('d1');
    expect(neighbourAcross(items, 'late', 'next')).toBeNull();
    expect(neighbourAcross(items, 'first', 'previous')).toBeNull();
    expect(neighbourAcross(items, 'missing', 'next')).toBeNull();
  });
});

describe('placeAcross', () => {
  it('places stored segments by their documents and projects, the open document as painted, older versions left out', () => {
    const stored = [
      segment('s1', 0, 5, { documentId: 'other', codeIds: ['c'] }),
      segment('old', 0, 5, { documentId: 'here', codeIds: ['c'] }),
      segment('v1', 0, 5, { documentId: 'superseded', codeIds: ['c'] }),
    ];
    const open = { id: 'here', title: 'Slutrapport', projectId: 'p1', segments: [segment('fresh', 10, 20, { documentId: 'here', codeIds: ['c'] }), segment('uncoded', 30, 40, { documentId: 'here', codeIds: ['x'] })] };
    const documents = [
      { id: 'other', title: 'Delrapport', projectId: 'p2' },
      { id: 'here', title: 'Slutrapport', projectId: 'p1' },
    ];
    const projects = [
      { id: 'p1', name: 'Mora möts' },
      { id: 'p2', name: 'Älvdalen växer' },
    ];
    const placed = placeAcross('c', stored, open, documents, projects);
    expect(placed.map((item) => [item.segment.id, item.projectName, item.documentTitle])).toEqual([
      ['s1', 'Älvdalen växer', 'Delrapport'],
      ['fresh', 'Mora möts', 'Slutrapport'],
    ]);
    expect(neighbourAcross(placed, 'fresh', 'next')?.segment.id).toBe('s1');
  });
});
