import { describe, expect, it } from 'vitest';
import { buildDemo, type DemoFile } from '../../../shared/demo/buildDemo';
import { parseDemoManifest, type DemoManifest } from '../../../shared/demo/demoManifest';
import { ShapeError } from '../../../shared/base/guards';
import { counter, demoFiles, demoFrameworks, demoJson, sha256Of } from './demoFiles';

const NOW = '2026-11-22T12:00:00.000Z';
const frameworks = demoFrameworks();

function build(manifest: DemoManifest = parseDemoManifest(demoJson()), files: ReadonlyMap<string, DemoFile> = demoFiles()) {
  return buildDemo(manifest, files, frameworks, counter('id-'), NOW);
}

function file(text: string): DemoFile {
  const bytes = new TextEncoder().encode(text);
  return { bytes, sha256: sha256Of(bytes) };
}

/** A small manifest of one project, one file and one coding, to break on purpose. */
function tinyManifest(quote: string, codes = ['lokal.results.natverk']): DemoManifest {
  const real = parseDemoManifest(demoJson());
  return {
    evaluation: real.evaluation,
    projects: [{ ...(real.projects[0] as DemoManifest['projects'][number]), key: 'p' }],
    documents: [{ file: 'tiny.txt', project: 'p', type: 'delrapport', date: '2024-01-31', title: 'Liten rapport' }],
    codings: [{ key: null, file: 'tiny.txt', project: null, quote, codes, memo: 'm', strength: null, direction: null }],
    judgements: [],
    findings: [],
    recommendations: [],
    report: { texts: {}, people: [] },
  };
}

describe('parseDemoManifest', () => {
  it('reads the shipped demo.json', () => {
    const manifest = parseDemoManifest(demoJson());
    expect(manifest.evaluation.title).toBe('Delutvärdering av Lärande för tillväxt i Mellanbygden');
    expect(manifest.evaluation.evaluators).toEqual(['Karin Lindqvist', 'Omar Haddad']);
    expect(manifest.projects).toHaveLength(4);
    expect(manifest.documents).toHaveLength(7);
    expect(manifest.codings).toHaveLength(100);
    // 120 of learning and success factors, 17 of the results matrix's categories for the programme.
    expect(manifest.judgements).toHaveLength(137);
    expect(manifest.projects[0]).toMatchObject({ key: 'upphandling', budgetSek: 1250000, level: 'lokal', municipalities: ['Eksjö', 'Nässjö', 'Aneby', 'Sävsjö'] });
  });

  it('names a file for every document that exists in resources/demo', () => {
    const manifest = parseDemoManifest(demoJson());
    const files = demoFiles();
    expect(manifest.documents.map((d) => d.file).sort()).toEqual([...files.keys()].sort());
  });

  it.each([
    ['not an object', 'demo'],
    ['no evaluation', { projects: [], documents: [], codings: [] }],
    ['an evaluation without a title', { evaluation: { programme: 'x' }, projects: [], documents: [], codings: [] }],
    ['an evaluation period ending before it starts', { evaluation: { title: 't', programme: '', agency: '', periodStart: '2024-01-01', periodEnd: '2023-01-01' }, projects: [], documents: [], codings: [] }],
    ['projects not a list', { evaluation: { title: 't', programme: '', agency: '' }, projects: {}, documents: [], codings: [] }],
    ['a document of an unknown type', { evaluation: { title: 't', programme: '', agency: '' }, projects: [], documents: [{ file: 'f', project: 'p', type: 'brev', date: '', title: 't' }], codings: [] }],
    ['a coding whose codes are not a list', { evaluation: { title: 't', programme: '', agency: '' }, projects: [], documents: [], codings: [{ file: 'f', quote: 'q', codes: 'a' }] }],
    ['a project without a key', { evaluation: { title: 't', programme: '', agency: '' }, projects: [{ name: 'n' }], documents: [], codings: [] }],
  ])('rejects %s', (_name, value) => {
    expect(() => parseDemoManifest(value)).toThrow(ShapeError);
  });
});

describe('buildDemo with the real demo files', () => {
  const records = build();
  const codeById = new Map(records.codes.map((c) => [c.id, c]));

  it('builds 1 evaluation, 4 projects, 7 documents (one of the programme), the codes of the five frameworks (36 of the matrix) and 100 segments (18 by the second coder)', () => {
    expect(records.projects).toHaveLength(4);
    expect(records.documents).toHaveLength(7);
    expect(records.codes).toHaveLength(frameworks.reduce((n, f) => n + f.codes.length, 0));
    expect(records.codes.filter((c) => c.frameworkId === 'results-matrix')).toHaveLength(36);
    expect(records.segments).toHaveLength(100);
    expect(records.evaluation).toMatchObject({ id: 'id-1', createdAt: NOW, updatedAt: NOW, lastOpenedAt: null, kind: 'interim', reportLanguage: 'sv' });
  });

  it('has the second evaluator code two reports apart, partly differently, never with a code of the results matrix', () => {
    const [first, second] = records.evaluation.evaluators;
    const theirs = records.segments.filter((s) => s.coder === second);
    expect(records.segments.filter((s) => s.coder === first)).toHaveLength(82);
    expect(theirs).toHaveLength(18);
    const titles = new Set(theirs.map((s) => records.documents.find((d) => d.id === s.documentId)?.title));
    expect([...titles].sort()).toEqual(['Delrapport 1 – Handel som tillväxtmotor i Vetlanda och Sävsjö', 'Delrapport – Kompetenslyft Mellanbygden'].sort());
    for (const s of theirs) expect(s.codeIds.every((id) => codeById.get(id)?.frameworkId !== 'results-matrix')).toBe(true);
    // Partly: some of their passages carry exactly the first coder's codes at the same place, some do not.
    const same = theirs.filter((s) => records.segments.some((o) => o.coder === first && o.documentId === s.documentId && o.position.start === s.position.start && o.position.end === s.position.end && [...o.codeIds].sort().join() === [...s.codeIds].sort().join()));
    expect(same.length).toBeGreaterThan(3);
    expect(same.length).toBeLessThan(theirs.length);
  });

  it('refuses a coding by someone who is not one of the evaluators', () => {
    const value = demoJson() as { codings: Record<string, unknown>[] };
    const changed = { ...value, codings: [{ ...value.codings[0], coder: 'Okänd Person' }] };
    expect(() => parseDemoManifest(changed)).toThrow(/coder must be one of the evaluators/);
  });

  it('gives every record a unique id and ties it to the evaluation', () => {
    const ids = [records.evaluation.id, ...records.projects.map((p) => p.id), ...records.documents.map((d) => d.id), ...records.codes.map((c) => c.id), ...records.segments.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of [...records.projects, ...records.documents, ...records.codes, ...records.segments]) expect(r.evaluationId).toBe(records.evaluation.id);
  });

  it('stores each document with its file bytes, hash and a text model', () => {
    const files = demoFiles();
    const projectIds = new Set(records.projects.map((p) => p.id));
    for (const document of records.documents) {
      const source = files.get(document.fileName) as DemoFile;
      expect(document.size).toBe(source.bytes.byteLength);
      expect(document.sha256).toBe(sha256Of(source.bytes));
      expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
      // The text import's model: blocks joined by a blank line, the file's trailing newline dropped; a
      // form feed (a page break) is a paragraph break, and the pages are the blocks' page labels.
      const pages = new TextDecoder().decode(source.bytes).split('\f');
      expect(document.text).toBe(pages.join('').replace(/\r\n?/g, '\n').normalize('NFC').trim());
      expect(document.pageCount).toBe(pages.length);
      expect(document.blocks.at(-1)?.page).toBe(String(pages.length));
      expect(document.blocks.length).toBeGreaterThan(3);
      // Section titles such as "Bakgrund" on their own line are headings, so the reader has an outline.
      expect(document.blocks.filter((block) => block.kind === 'heading').length).toBeGreaterThanOrEqual(3);
      for (const block of document.blocks) expect(document.text.slice(block.start, block.end).trim()).toBe(document.text.slice(block.start, block.end));
      expect(document.projectId === null ? document.fileName : projectIds.has(document.projectId)).toBe(document.projectId === null ? 'programrapport-2024.txt' : true);
      expect(document.mimeType).toBe('text/plain');
    }
  });

  it('puts the documents under the projects the manifest names', () => {
    const byName = new Map(records.projects.map((p) => [p.id, p.name]));
    const handel = records.documents.find((d) => d.fileName === 'handel-delrapport-2024.txt');
    expect(byName.get(handel?.projectId as string)).toBe('Handel som tillväxtmotor i Vetlanda och Sävsjö');
    expect(records.documents.filter((d) => byName.get(d.projectId ?? '') === 'Smart upphandling på Höglandet')).toHaveLength(2);
  });

  it('gives the programme report no project, and each of its passages the project the manifest names (a name its text says)', () => {
    const byName = new Map(records.projects.map((p) => [p.id, p.name]));
    const report = records.documents.find((d) => d.fileName === 'programrapport-2024.txt');
    expect(report?.projectId).toBeNull();
    const passages = records.segments.filter((s) => s.documentId === report?.id);
    expect(passages.map((s) => byName.get(s.projectId ?? ''))).toEqual(['Smart upphandling på Höglandet', 'Sommenbygd året runt', 'Sommenbygd året runt']);
    for (const passage of passages) expect(passage.quote.exact).toContain(byName.get(passage.projectId ?? '') ?? '–');
    // Every other passage has its document's project.
    const documentProject = new Map(records.documents.map((d) => [d.id, d.projectId]));
    for (const segment of records.segments) if (segment.documentId !== report?.id) expect(segment.projectId).toBe(documentProject.get(segment.documentId));
  });

  it("anchors every segment's quote at its position in the document text", () => {
    const manifest = parseDemoManifest(demoJson());
    const documents = new Map(records.documents.map((d) => [d.id, d]));
    records.segments.forEach((segment, index) => {
      const document = documents.get(segment.documentId);
      expect(document).toBeDefined();
      const text = (document as { text: string }).text;
      expect(segment.quote.exact).toBe(text.slice(segment.position.start, segment.position.end));
      expect(segment.quote.exact).toBe(manifest.codings[index]?.quote.normalize('NFC'));
      expect(segment.quote.prefix).toBe(text.slice(Math.max(0, segment.position.start - 32), segment.position.start));
      expect(segment.quote.suffix).toBe(text.slice(segment.position.end, segment.position.end + 32));
      // A programme document's passages have the projects the manifest names (the next test).
      if (document?.projectId !== null) expect(segment.projectId).toBe(document?.projectId);
      expect(segment.memo).toBe(manifest.codings[index]?.memo);
    });
  });

  it('codes every segment with codes of this evaluation, as the manifest says; 16 of them with matrix categories', () => {
    const manifest = parseDemoManifest(demoJson());
    records.segments.forEach((segment, index) => {
      expect(segment.codeIds.length).toBeGreaterThan(0);
      const frameworkIds = segment.codeIds.map((id) => {
        const code = codeById.get(id);
        expect(code).toBeDefined();
        expect(code?.evaluationId).toBe(records.evaluation.id);
        return code?.frameworkCodeId;
      });
      expect(frameworkIds).toEqual(manifest.codings[index]?.codes);
    });
    expect(records.segments.filter((s) => s.codeIds.some((id) => codeById.get(id)?.matrixCell))).toHaveLength(16);
  });

  it('is deterministic for the same ids and time', () => {
    expect(build()).toEqual(records);
  });
});

describe('buildDemo with a broken manifest', () => {
  const text = 'Rapport\n\nVi har fått nya samverkansparter i Älmhult och Ljungby.\n';

  it('throws when a quote is not in its file', () => {
    expect(() => build(tinyManifest('Detta citat finns inte'), new Map([['tiny.txt', file(text)]]))).toThrow(/quote not found in tiny\.txt/);
  });

  it('throws for the real manifest when a file has been edited', () => {
    const files = demoFiles();
    const edited = new TextDecoder().decode(files.get('handel-delrapport-2024.txt')?.bytes).replace(/Vetlanda/g, 'Växjö');
    files.set('handel-delrapport-2024.txt', file(edited));
    expect(() => build(undefined, files)).toThrow(/quote not found in handel-delrapport-2024\.txt/);
  });

  it('throws for an unknown code', () => {
    expect(() => build(tinyManifest('nya samverkansparter', ['lokal.results.finns-inte']), new Map([['tiny.txt', file(text)]]))).toThrow(/unknown code lokal\.results\.finns-inte/);
  });

  it('throws for a missing file', () => {
    expect(() => build(tinyManifest('nya samverkansparter'), new Map())).toThrow(/file tiny\.txt missing/);
  });

  it('throws for a document of an unknown project', () => {
    const manifest = tinyManifest('nya samverkansparter');
    manifest.documents[0] = { ...(manifest.documents[0] as DemoManifest['documents'][number]), project: 'okänt' };
    expect(() => build(manifest, new Map([['tiny.txt', file(text)]]))).toThrow(/project okänt missing/);
  });

  it('refuses a coding that names a project in a project’s document, or an unknown project', () => {
    const manifest = tinyManifest('nya samverkansparter');
    manifest.codings[0] = { ...(manifest.codings[0] as DemoManifest['codings'][number]), project: 'p' };
    expect(() => build(manifest, new Map([['tiny.txt', file(text)]]))).toThrow(/only a programme document/);
    manifest.documents[0] = { ...(manifest.documents[0] as DemoManifest['documents'][number]), project: 'programme' };
    manifest.codings[0] = { ...(manifest.codings[0] as DemoManifest['codings'][number]), project: 'okänt' };
    expect(() => build(manifest, new Map([['tiny.txt', file(text)]]))).toThrow(/unknown project okänt/);
  });

  it('throws for a coding of a file that is not a document', () => {
    const manifest = tinyManifest('nya samverkansparter');
    manifest.codings.push({ key: null, file: 'annan.txt', project: null, quote: 'x', codes: [], memo: '', strength: null, direction: null });
    expect(() => build(manifest, new Map([['tiny.txt', file(text)]]))).toThrow(/unknown file annan\.txt/);
  });

  it('anchors a quote written in decomposed form (NFD) at the composed text', () => {
    const records = build(tinyManifest('Vi har fa\u030att nya samverkansparter i A\u0308lmhult'), new Map([['tiny.txt', file(text)]]));
    const segment = records.segments[0];
    const document = records.documents[0];
    expect(segment?.quote.exact).toBe('Vi har fått nya samverkansparter i Älmhult');
    expect(document?.text.slice(segment?.position.start, segment?.position.end)).toBe('Vi har fått nya samverkansparter i Älmhult');
  });
});
