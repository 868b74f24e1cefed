// Small REFI-QDA projects written in the tests: a project.qde around a body, and a .qdpx zipping it with
// its sources. Shared by the readQdpx tests, the command line's and the import's end-to-end spec.
import { strToU8, zipSync } from 'fflate';
import { webSha256 } from '../../shared/exchange/evaluationFile';
import type { ReadQdpxOptions } from '../../shared/exchange/refi';

export const USER_A = '11111111-1111-4111-8111-111111111111';
export const USER_B = '22222222-2222-4222-8222-222222222222';
export const CODE_1 = 'c0de0001-0000-4000-8000-000000000001';
export const CODE_2 = 'c0de0002-0000-4000-8000-000000000002';

/** A project.qde with two users, two codes (the second inside the first) and the body after the codebook. */
export function projectQdeText(body: string, name = 'Intervjustudie'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="${name}" origin="Testprogram 1.0">
  <Users>
    <User guid="${USER_A}" name="Anna"/>
    <User guid="${USER_B}" name="Bo"/>
  </Users>
  <CodeBook>
    <Codes>
      <Code guid="${CODE_1}" name="Samverkan" isCodable="true" color="#AA0000">
        <Description>Parter som arbetar ihop</Description>
        <Code guid="${CODE_2}" name="Kommuner" isCodable="true"/>
      </Code>
    </Codes>
  </CodeBook>
${body}
</Project>
`;
}

/** A .qdpx: the entries given (text as UTF-8), zipped. */
export function qdpxBytes(entries: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])));
}

/** Options with counted ids (`id-1`, `id-2` …) and a fixed time. */
export function readOptions(extra: Partial<ReadQdpxOptions> = {}): ReadQdpxOptions {
  let n = 0;
  return { sha256: webSha256(globalThis.crypto.subtle), newId: () => `id-${++n}`, now: '2026-12-07T10:00:00.000Z', untitledTitle: 'Importerat projekt', ...extra };
}

/** A TextSource of the given text file with its selections. */
export function textSource(guid: string, name: string, path: string, selections = ''): string {
  return `<TextSource guid="${guid}" name="${name}" plainTextPath="${path}" creationDateTime="2025-03-01T09:00:00Z">${selections}</TextSource>`;
}

/** A PlainTextSelection with one coding per [code, user]. */
export function selection(guid: string, start: number, end: number, codings: [string, string][] = [[CODE_1, USER_A]], inner = '', name = ''): string {
  const codingXml = codings.map(([code, user], i) => `<Coding guid="${guid.slice(0, -2)}${(90 + i).toString()}" creatingUser="${user}" creationDateTime="2025-03-02T10:00:00Z"><CodeRef targetGUID="${code}"/></Coding>`).join('');
  return `<PlainTextSelection guid="${guid}" name="${name}" startPosition="${start}" endPosition="${end}" creatingUser="${USER_A}" creationDateTime="2025-03-02T10:00:00Z">${inner}${codingXml}</PlainTextSelection>`;
}
