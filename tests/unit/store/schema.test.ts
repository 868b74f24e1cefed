import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SparbarDatabase } from '../../../renderer/store/dexie/db';
import { createRepositories } from '../../../renderer/store/dexie/repositories';
import { CURRENT_VERSION, DATABASE_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11, SCHEMA_V12, SCHEMA_V13, SCHEMA_V14, SCHEMA_V15 } from '../../../renderer/store/dexie/schema';
import type { Code, DataCoding, Evaluation, Project, Segment } from '../../../shared/domain';
import { codesFromFramework } from '../../../shared/coding/copyFramework';
import { emptyProjectInput } from '../../../shared/domain/project';
import { importPlainText } from '../../support/plainText';
import { selectorsFor } from '../../../shared/text/selectors';
import { matrix, NOW, testDeps, uniqueName, utf8 } from './harness';

const open: Dexie[] = [];

/** The tables of the current version (a table set to null was deleted by it). */
const CURRENT_SCHEMA: Record<string, string> = Object.fromEntries(Object.entries(SCHEMA_V15).flatMap(([table, spec]) => (spec === null ? [] : [[table, spec]])));

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

interface IndexSpec {
  name: string;
  keyPath: string | string[];
  multi: boolean;
  compound: boolean;
}

/** Reads a Dexie store spec ("id, evaluationId, [a+b], *tags") the way Dexie does. */
function parseSpec(spec: string): { primKey: string | string[]; indexes: IndexSpec[] } {
  const [primKey, ...rest] = spec.split(',').map((part) => part.trim());
  const key = primKey as string;
  return {
    primKey: key.startsWith('[') ? key.slice(1, -1).split('+') : key,
    indexes: rest.map((part) => {
      const multi = part.startsWith('*');
      const compound = part.startsWith('[');
      const name = part.replace(/^\*/, '');
      const keyPath = compound ? name.slice(1, -1).split('+') : name;
      return { name, keyPath, multi, compound };
    }),
  };
}

function rawOpen(name: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawPut(db: IDBDatabase, rows: Record<string, unknown[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(Object.keys(rows), 'readwrite');
    for (const [store, values] of Object.entries(rows)) for (const value of values) tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** A code as schema v4 (and every version before) stored it: no shortcut. */
type V4Code = Omit<Code, 'shortcut'>;
/** Evidence as schema v4 stored it: a memo, but no strength, direction or coder. */
type V4Segment = Omit<Segment, 'strength' | 'direction' | 'coder'>;
type V4DataCoding = Omit<DataCoding, 'strength' | 'direction' | 'coder'>;

function withoutShortcut(code: Code): V4Code {
  const { shortcut: _shortcut, ...rest } = code;
  return rest;
}

describe('the schema', () => {
  it('is the current version, under the app database name', () => {
    expect(CURRENT_VERSION).toBe(15);
    expect(DATABASE_NAME).toBe('sparbar');
    expect(new SparbarDatabase().name).toBe('sparbar');
  });

  it('is frozen as released: a change to the schema needs a new version, not an edit of v1', () => {
    expect(SCHEMA_V1).toEqual({
      evaluations: 'id, updatedAt, lastOpenedAt',
      projects: 'id, evaluationId, [evaluationId+name]',
      documents: 'id, evaluationId, projectId, [evaluationId+sha256]',
      documentTexts: 'documentId, evaluationId',
      originals: 'documentId, evaluationId',
      codes: 'id, evaluationId, parentId, frameworkCodeId',
      segments: 'id, evaluationId, documentId, projectId, *codeIds',
      settings: 'key',
    });
  });

  it('is frozen as released: version 2 adds only the document versions index', () => {
    expect(SCHEMA_V2).toEqual({ ...SCHEMA_V1, documents: 'id, evaluationId, projectId, [evaluationId+sha256], versionGroupId' });
  });

  it('is frozen as released: version 3 adds the tables of datasets, key matches, table codings and undo', () => {
    expect(SCHEMA_V3).toEqual({
      ...SCHEMA_V2,
      datasets: 'id, evaluationId',
      datasetRows: 'id, datasetId, evaluationId, projectId, [datasetId+index]',
      keyMatches: '[evaluationId+key], evaluationId, projectId',
      dataCodings: 'id, evaluationId, datasetId, rowId, projectId, *codeIds',
      undoRecords: 'id, evaluationId',
    });
  });

  it('is frozen as released: version 4 changes no index (codes gain notes and an example)', () => {
    expect(SCHEMA_V4).toEqual(SCHEMA_V3);
  });

  it('is frozen as released: version 5 indexes segments by document and start, and adds the audit log', () => {
    expect(SCHEMA_V5).toEqual({
      ...SCHEMA_V4,
      segments: 'id, evaluationId, documentId, projectId, *codeIds, [documentId+position.start]',
      auditLog: 'id, [evaluationId+at]',
    });
  });

  it('is frozen as released: version 6 changes no index (the results matrix gains its unforeseen results)', () => {
    expect(SCHEMA_V6).toEqual(SCHEMA_V5);
  });

  it('version 7 adds the tables of rating scales, judgements, findings and recommendations', () => {
    expect(SCHEMA_V7).toEqual({
      ...SCHEMA_V6,
      ratingScales: 'id, evaluationId',
      judgements: 'id, evaluationId, criterionCodeId, subject.projectId, *segmentIds, *dataCodingIds',
      findings: 'id, evaluationId, *judgementIds, *segmentIds, *dataCodingIds',
      recommendations: 'id, evaluationId, *findingIds',
    });
  });

  it('upgrades codes written by schema v3: the notes and the example are there, empty', async () => {
    const name = uniqueName('schema-v3-codes');
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const old = { id: 'c1', evaluationId: 'e1', frameworkId: 'results-matrix', frameworkCodeId: 'lokal', parentId: null, labelSv: 'Lokal nivå', labelEn: 'Local level', definitionSv: '', definitionEn: '', matrixCell: null, colour: '#f4c95d', order: 1, createdAt: NOW };
    await v3.table('codes').put(old);
    v3.close();
    const db = new SparbarDatabase(name);
    open.push(db);
    expect(await db.codes.get('c1')).toEqual({ ...old, inclusionSv: '', inclusionEn: '', exclusionSv: '', exclusionEn: '', exampleSv: '', exampleEn: '', shortcut: null });
    expect(db.verno).toBe(15);
  });

  it('version 8 indexes the twin a document repeats (documents and passages may belong to the programme)', () => {
    expect(SCHEMA_V8).toEqual({ ...SCHEMA_V7, documents: 'id, evaluationId, projectId, [evaluationId+sha256], versionGroupId, duplicateOf' });
  });

  it('version 9 changes no index (a document keeps its text’s similarity sketch, unindexed)', () => {
    expect(SCHEMA_V9).toEqual(SCHEMA_V8);
  });

  it('version 11 adds the report settings, one record per evaluation keyed by its id (passages\u2019 report marks are unindexed)', () => {
    expect(SCHEMA_V11).toEqual({ ...SCHEMA_V10, reportSettings: 'evaluationId' });
  });

  it('version 12 keeps table rows in pieces: datasetRows goes, datasetRowPieces keyed [datasetId+index] with multi-entry projectIds comes', () => {
    expect(SCHEMA_V12).toEqual({ ...SCHEMA_V11, datasetRows: null, datasetRowPieces: '[datasetId+index], datasetId, evaluationId, *projectIds' });
  });

  it('version 13 adds the kept agreement measurements, by id and evaluation (the shared coding’s marks on passages are unindexed)', () => {
    expect(SCHEMA_V13).toEqual({ ...SCHEMA_V12, agreementRuns: 'id, evaluationId' });
  });

  it('version 14 keeps a piece’s columns of numbers as number columns: no index changes', () => {
    expect(SCHEMA_V14).toEqual(SCHEMA_V13);
  });

  it('version 15 keeps a piece’s numbers compact (scaled integers, a run of row indexes): no index changes', () => {
    expect(SCHEMA_V15).toEqual(SCHEMA_V14);
  });

  it('opens a database written by version 11 at version 15, its records as they were and the agreement runs empty', async () => {
    const name = uniqueName('v11');
    const v11 = new Dexie(name);
    v11.version(11).stores(SCHEMA_V11);
    await v11.open();
    const passage = { id: 's1', evaluationId: 'e1', documentId: 'd1', projectId: null, codeIds: ['c1'], coder: 'A', position: { type: 'TextPositionSelector', start: 0, end: 4 } };
    await v11.table('segments').put(passage);
    v11.close();
    const db = new SparbarDatabase(name);
    open.push(db);
    expect(await db.segments.get('s1')).toEqual(passage);
    expect(await db.agreementRuns.count()).toBe(0);
    expect(db.verno).toBe(15);
  });

  it('opens at the current version with exactly the tables and indexes of SCHEMA_V15', async () => {
    const db = new SparbarDatabase(uniqueName('schema'));
    open.push(db);
    await db.open();
    expect(db.verno).toBe(15);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(CURRENT_SCHEMA).sort());
    for (const [table, spec] of Object.entries(CURRENT_SCHEMA)) {
      const expected = parseSpec(spec);
      const schema = db.table(table).schema;
      expect(schema.primKey.keyPath, table).toEqual(expected.primKey);
      expect(schema.primKey.auto, table).toBe(false);
      expect(
        schema.indexes.map((index) => ({ name: index.name, keyPath: index.keyPath, multi: index.multi, compound: index.compound })),
        table,
      ).toEqual(expected.indexes);
    }
  });

  it('creates the same object stores and indexes in IndexedDB itself', async () => {
    const db = new SparbarDatabase(uniqueName('schema-native'));
    open.push(db);
    await db.open();
    const idb = db.backendDB();
    expect([...idb.objectStoreNames].sort()).toEqual(Object.keys(CURRENT_SCHEMA).sort());
    const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
    for (const [table, spec] of Object.entries(CURRENT_SCHEMA)) {
      const expected = parseSpec(spec);
      const store = tx.objectStore(table);
      expect(store.keyPath, table).toEqual(expected.primKey);
      expect([...store.indexNames].sort(), table).toEqual(expected.indexes.map((i) => i.name).sort());
      for (const index of expected.indexes) {
        const native = store.index(index.name);
        expect(native.keyPath, `${table}.${index.name}`).toEqual(index.keyPath);
        expect(native.multiEntry, `${table}.${index.name}`).toBe(index.multi);
        expect(native.unique, `${table}.${index.name}`).toBe(false);
      }
    }
  });

  it('upgrades data written by schema v1', async () => {
    // The pattern for upgrade tests: create the old version with a plain Dexie, write rows through
    // raw IndexedDB as that version stored them, then open them with the app's database.
    const name = uniqueName('schema-v1-data');
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    v1.close();

    const evaluationId = 'eval-v1';
    const evaluation: Evaluation = {
      id: evaluationId,
      title: 'Utvärdering skriven av version 1',
      programme: 'Program',
      agency: 'Tillväxtverket',
      evaluators: ['Karin Lindqvist'],
      periodStart: '2022-01-01',
      periodEnd: null,
      kind: 'final',
      reportLanguage: 'en',
      createdAt: NOW,
      updatedAt: NOW,
      lastOpenedAt: null,
    };
    const project: Project = {
      id: 'proj-v1',
      evaluationId,
      name: 'Åmåls hamn',
      code: 'V1-1',
      owner: '',
      manager: '',
      municipalities: ['Åmål'],
      county: 'Västra Götalands län',
      level: 'lokal',
      theme: '',
      startDate: null,
      endDate: null,
      budgetSek: 12.5,
      attributes: [{ name: 'Finansiär', value: 'ERUF' }],
      createdAt: NOW,
      updatedAt: NOW,
    };
    const bytes = utf8('Rapport\n\nNätverket växer i Åmål.');
    const model = importPlainText(bytes);
    let n = 0;
    // v1 knew no shortcut on codes, and no strength, direction or coder on segments.
    const codes: V4Code[] = codesFromFramework(matrix, evaluationId, () => `code-v1-${++n}`, NOW).map(withoutShortcut);
    const natverk = codes.find((c) => c.frameworkCodeId === 'lokal.results.natverk') as V4Code;
    const start = model.text.indexOf('Nätverket');
    const segment: V4Segment = {
      id: 'seg-v1',
      evaluationId,
      documentId: 'doc-v1',
      projectId: project.id,
      ...selectorsFor(model.text, start, start + 'Nätverket växer'.length),
      codeIds: [natverk.id],
      memo: 'Memo från v1',
      createdAt: NOW,
      updatedAt: NOW,
    };
    const raw = await rawOpen(name);
    expect(raw.version).toBe(10);
    await rawPut(raw, {
      evaluations: [evaluation],
      projects: [project],
      documents: [
        {
          id: 'doc-v1',
          evaluationId,
          projectId: project.id,
          type: 'slutrapport',
          date: '2024-10-15',
          title: 'Slutrapport',
          fileName: 'slutrapport.txt',
          mimeType: 'text/plain',
          size: bytes.byteLength,
          sha256: 'a'.repeat(64),
          warnings: [],
          importedAt: NOW,
        },
      ],
      documentTexts: [{ documentId: 'doc-v1', evaluationId, text: model.text, blocks: model.blocks }],
      originals: [{ documentId: 'doc-v1', evaluationId, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/plain' }) }],
      codes,
      segments: [segment],
      settings: [{ key: 'language', value: 'en', updatedAt: NOW }],
    });
    raw.close();

    const db = new SparbarDatabase(name);
    open.push(db);
    const repos = createRepositories(db, testDeps(), () => [matrix]);
    expect(await repos.evaluations.list()).toEqual([evaluation]);
    expect(await repos.projects.list(evaluationId)).toEqual([project]);
    const document = await repos.documents.getWithText('doc-v1');
    expect(document?.text).toBe(model.text);
    expect(document?.blocks).toEqual(model.blocks);
    // v2 made every v1 document the first and current version of itself, with its facts.
    expect(document).toMatchObject({ format: 'txt', pageCount: null, wordCount: 5, authorOrganisation: '', versionGroupId: 'doc-v1', version: 1, supersededBy: null, warnings: [] });
    expect((await repos.documents.list(evaluationId)).map((d) => d.id)).toEqual(['doc-v1']);
    expect((await repos.documents.versions('doc-v1')).map((d) => d.id)).toEqual(['doc-v1']);
    expect(new Uint8Array(await ((await repos.documents.original('doc-v1')) as Blob).arrayBuffer())).toEqual(bytes);
    // v5 gave the codes no shortcut, and the segment no strength or direction and an unknown coder.
    expect(await repos.codes.list(evaluationId)).toEqual(codes.map((code) => ({ ...code, shortcut: null })));
    const upgraded: Segment = { ...segment, strength: null, direction: null, coder: '' };
    expect(await repos.segments.listByDocument('doc-v1')).toEqual([upgraded]);
    expect(await repos.settings.language()).toBe('en');
    expect(await repos.evaluations.contents(evaluationId)).toEqual({ projects: 1, documents: 1, segments: 1, judgements: 0, findings: 0, recommendations: 0 });
    // The indexes written by v1 answer the app's queries.
    expect(await db.documents.where('[evaluationId+sha256]').equals([evaluationId, 'a'.repeat(64)]).count()).toBe(1);
    expect(await db.segments.where('codeIds').equals(natverk.id).count()).toBe(1);
    // And the app keeps working on it: coding adds to the v1 segment.
    const godaExempel = codes.find((c) => c.frameworkCodeId === 'lokal.results.goda-exempel') as V4Code;
    const step = await repos.coding.code('doc-v1', segment.position.start, segment.position.end, godaExempel.id);
    expect(step?.changes).toEqual([{ table: 'segments', id: 'seg-v1', before: upgraded, after: { ...upgraded, codeIds: [natverk.id, godaExempel.id] } }]);
    expect(await db.segments.get('seg-v1')).toEqual({ ...upgraded, codeIds: [natverk.id, godaExempel.id] });
    expect(db.verno).toBe(15);
    // The tables v3 added are there and empty.
    expect(await db.datasets.count()).toBe(0);
  });
  it('upgrades evidence and codes written by schema v4, and the new segment index answers', async () => {
    const name = uniqueName('schema-v4-data');
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    v4.close();

    const evaluationId = 'eval-v4';
    const text = 'Rapport\n\nNätverket växer i Eksjö. Nätverket växer också i Aneby.\n\nFler anbud kom in.';
    const other = 'Annan rapport\n\nNätverket växer.';
    let n = 0;
    const codes: V4Code[] = codesFromFramework(matrix, evaluationId, () => `code-v4-${++n}`, NOW).map(withoutShortcut);
    const natverk = codes.find((c) => c.frameworkCodeId === 'lokal.results.natverk') as V4Code;
    const goda = codes.find((c) => c.frameworkCodeId === 'lokal.results.goda-exempel') as V4Code;
    const segmentAt = (id: string, documentId: string, source: string, phrase: string, from: number, memo: string): V4Segment => {
      const start = source.indexOf(phrase, from);
      return { id, evaluationId, documentId, projectId: 'proj-v4', ...selectorsFor(source, start, start + phrase.length), codeIds: [natverk.id], memo, createdAt: NOW, updatedAt: NOW };
    };
    const first = segmentAt('seg-a', 'doc-a', text, 'Nätverket växer', 0, '');
    // The same start as seg-a, a longer range: the index holds both under one key.
    const longer = segmentAt('seg-b', 'doc-a', text, 'Nätverket växer i Eksjö.', 0, 'Tydligt');
    const second = segmentAt('seg-c', 'doc-a', text, 'Nätverket växer', first.position.end, '');
    const elsewhere = segmentAt('seg-d', 'doc-b', other, 'Nätverket växer', 0, '');
    const dataCoding: V4DataCoding = { id: 'dc-1', evaluationId, datasetId: 'ds-1', rowId: 'row-1', column: 2, projectId: 'proj-v4', codeIds: [goda.id], memo: 'Ökning', createdAt: NOW, updatedAt: NOW };
    const document = (id: string, sha: string) => ({
      id, evaluationId, projectId: 'proj-v4', type: 'delrapport', date: '2024-03-31', title: id, authorOrganisation: '', fileName: `${id}.txt`, mimeType: 'text/plain',
      format: 'txt', size: 10, sha256: sha.repeat(64), pageCount: null, wordCount: 5, warnings: [], importedAt: NOW, versionGroupId: id, version: 1, supersededBy: null,
    });
    const raw = await rawOpen(name);
    expect(raw.version).toBe(40);
    await rawPut(raw, {
      evaluations: [{ id: evaluationId, title: 'v4', programme: '', agency: '', evaluators: [], periodStart: null, periodEnd: null, kind: 'interim', reportLanguage: 'sv', createdAt: NOW, updatedAt: NOW, lastOpenedAt: null }],
      projects: [{ ...emptyProjectInput(), id: 'proj-v4', evaluationId, name: 'Höglandet', createdAt: NOW, updatedAt: NOW }],
      documents: [document('doc-a', 'a'), document('doc-b', 'b')],
      documentTexts: [
        { documentId: 'doc-a', evaluationId, text, blocks: importPlainText(utf8(text)).blocks },
        { documentId: 'doc-b', evaluationId, text: other, blocks: importPlainText(utf8(other)).blocks },
      ],
      codes,
      segments: [first, longer, second, elsewhere],
      dataCodings: [dataCoding],
    });
    raw.close();

    const db = new SparbarDatabase(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(15);
    const judged = <T extends object>(record: T) => ({ ...record, strength: null, direction: null, coder: '' });
    expect(await db.segments.get('seg-a')).toEqual(judged(first));
    expect(await db.segments.get('seg-b')).toEqual(judged(longer));
    expect(await db.segments.get('seg-d')).toEqual(judged(elsewhere));
    expect(await db.dataCodings.toArray()).toEqual([judged(dataCoding)]);
    expect(await db.codes.get(natverk.id)).toEqual({ ...natverk, shortcut: null });
    expect((await db.codes.toArray()).every((code) => code.shortcut === null)).toBe(true);
    expect(await db.codes.count()).toBe(codes.length);
    expect(await db.auditLog.count()).toBe(0);

    // The index v5 added was built over the rows v4 wrote.
    const at = (documentId: string, start: number) => db.segments.where('[documentId+position.start]').equals([documentId, start]).primaryKeys();
    expect((await at('doc-a', first.position.start)).sort()).toEqual(['seg-a', 'seg-b']);
    expect(await at('doc-a', second.position.start)).toEqual(['seg-c']);
    expect(await at('doc-b', elsewhere.position.start)).toEqual(['seg-d']);
    expect(await at('doc-b', first.position.start)).toEqual([]);
    expect(
      await db.segments
        .where('[documentId+position.start]')
        .between(['doc-a', 0], ['doc-a', second.position.start])
        .primaryKeys(),
    ).toEqual(['seg-a', 'seg-b']);

    // Coding finds the v4 segment of exactly that range through the index and adds to it.
    const repos = createRepositories(db, testDeps(), () => [matrix]);
    await repos.settings.setCoderName('Karin Lindqvist');
    const step = await repos.coding.code('doc-a', first.position.start, first.position.end, goda.id);
    expect(step?.changes).toEqual([{ table: 'segments', id: 'seg-a', before: judged(first), after: { ...judged(first), codeIds: [natverk.id, goda.id] } }]);
    expect(await db.segments.count()).toBe(4);
    expect(await repos.audit.list(evaluationId)).toEqual([
      { id: step?.id, evaluationId, at: NOW, coder: 'Karin Lindqvist', action: 'code', of: null, codeIds: [goda.id], segmentIds: ['seg-a'], dataCodingIds: [], summary: `${goda.labelSv}: ”Nätverket växer”` },
    ]);
  });
});
