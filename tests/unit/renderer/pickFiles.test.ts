import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { pickTable } from '../../../renderer/features/datasets/pickTable';
import { DOCUMENT_EXTENSIONS, pickDocuments } from '../../../renderer/features/documents/pickDocuments';
import { createTestingPlatform } from '../../../renderer/platform/testingPlatform';

const file = (name: string) => ({ name, bytes: new TextEncoder().encode(name) });
let t: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    resources: {
      en: {
        translation: {
          dialog: { openTitle: 'Open', tooLarge: '{{name}} is too large' },
          ui: { import: { filterDocuments: 'Documents' }, datasets: { pickTitle: 'Open a table', filterTables: 'Tables' } },
        },
      },
    },
    interpolation: { escapeValue: false },
  });
  t = i18n.t;
});

describe('picking documents', () => {
  it('asks for the document types and gives the files, announcing those too large', async () => {
    const platform = createTestingPlatform();
    platform.willOpen([file('a.docx'), file('b.pdf')], ['huge.pdf']);
    const notes: string[] = [];
    expect(await pickDocuments(platform, t, true, (message) => notes.push(message))).toEqual([file('a.docx'), file('b.pdf')]);
    expect(notes).toEqual(['huge.pdf is too large']);
    expect(platform.openRequests).toEqual([{ title: 'Open', filters: [{ name: 'Documents', extensions: DOCUMENT_EXTENSIONS }], multiple: true }]);
  });

  it('gives nothing when the dialog is cancelled', async () => {
    const platform = createTestingPlatform();
    expect(await pickDocuments(platform, t, false)).toEqual([]);
    expect(platform.openRequests[0]?.multiple).toBe(false);
  });
});

describe('picking a table', () => {
  it('asks for one table and gives the first file', async () => {
    const platform = createTestingPlatform();
    platform.willOpen([file('indikatorer.csv')]);
    expect(await pickTable(platform, t, () => {})).toEqual(file('indikatorer.csv'));
    expect(platform.openRequests).toEqual([{ title: 'Open a table', filters: [{ name: 'Tables', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }], multiple: false }]);
  });

  it('gives null when cancelled or when every file was too large, and says which', async () => {
    const platform = createTestingPlatform();
    platform.willCancelOpen();
    platform.willOpen([], ['enorm.xlsx']);
    const notes: string[] = [];
    expect(await pickTable(platform, t, (message) => notes.push(message))).toBeNull();
    expect(await pickTable(platform, t, (message) => notes.push(message))).toBeNull();
    expect(notes).toEqual(['enorm.xlsx is too large']);
  });
});
