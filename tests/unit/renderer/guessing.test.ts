import { describe, expect, it } from 'vitest';
import { emptyProjectInput, type Project } from '../../../shared/domain';
import { guessDocumentMeta } from '../../../renderer/features/documents/guessDocumentMeta';
import { guessProject } from '../../../renderer/features/documents/guessProject';

function project(id: string, name: string, code = ''): Project {
  return { ...emptyProjectInput(), id, evaluationId: 'e', name, code, createdAt: '', updatedAt: '' };
}

const projects = [
  project('p1', 'Smart upphandling på Höglandet', 'MB-2022-03'),
  project('p2', 'Sommenbygd året runt', 'MB-2023-07'),
  project('p3', 'Kompetenslyft Mellanbygden', 'MB-2022-01'),
];

describe('guessProject', () => {
  it('prefers a project code in the file name', () => {
    expect(guessProject('MB-2023-07_delrapport.pdf', projects)).toBe('p2');
  });

  it('matches words of the project name, ignoring case and diacritics', () => {
    expect(guessProject('upphandling-slutrapport-2024.docx', projects)).toBe('p1');
    expect(guessProject('KOMPETENSLYFT delrapport.pdf', projects)).toBe('p3');
    expect(guessProject('sommenbygd_aret_runt.odt', projects)).toBe('p2');
  });

  it('gives no guess when nothing matches or two projects tie', () => {
    expect(guessProject('rapport-2024.pdf', projects)).toBeNull();
    const tied = [project('a', 'Handel i Vetlanda'), project('b', 'Turism i Vetlanda')];
    expect(guessProject('vetlanda.pdf', tied)).toBeNull();
  });

  it('ignores short words and short codes', () => {
    expect(guessProject('på-en-av.pdf', [project('a', 'På en av dagarna', 'P1')])).toBeNull();
  });
});

describe('guessDocumentMeta', () => {
  it('reads type, date and title from the file name', () => {
    expect(guessDocumentMeta('kompetens-delrapport-2023-09-30.pdf')).toEqual({ type: 'delrapport', date: '2023-09-30', title: 'Kompetens delrapport' });
    expect(guessDocumentMeta('Slutrapport_Handel.docx').type).toBe('slutrapport');
    expect(guessDocumentMeta('Enkätsammanställning 2024.xlsx').type).toBe('enkatsammanstallning');
    expect(guessDocumentMeta('protokoll styrgrupp.odt').type).toBe('protokoll');
    expect(guessDocumentMeta('bilaga.txt')).toEqual({ type: 'ovrigt', date: '', title: 'Bilaga' });
  });
});

describe('guessDocumentMeta: names with bidirectional controls', () => {
  it('shows a right-to-left override in the title it makes from the name, not obeys it', () => {
    expect(guessDocumentMeta('rapport\u202Excod.pdf').title).toBe('Rapport⟨U+202E⟩xcod');
  });
});
