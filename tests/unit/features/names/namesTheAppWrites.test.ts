import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { isSafeFileName } from '../../../../shared/ports/ipc';
import { reportFileName } from '../../../../shared/report/reportFileName';
import { evaluationFileName } from '../../../../renderer/features/evaluations/evaluationFileName';
import { csvFileName } from '../../../../renderer/features/datasets/exportDataset';
import { codebookFileName } from '../../../../renderer/features/codebook/exportCodebook';
import { heatmapFileName } from '../../../../renderer/features/judgements/exportHeatmap';
import { evidenceFileName } from '../../../../renderer/features/evidence/exportEvidenceTable';

// A title or a dataset's name taken from a file name with a right-to-left override in it.
const SPOOFED = 'Slutrapport\u202Excod.pdf';
const t = ((key: string, values: Record<string, string> = {}) => `${key.split('.').at(-1)} ${Object.values(values).join(' ')}`) as unknown as TFunction;

describe('file names the app suggests', () => {
  it.each([
    ['an evaluation file', () => evaluationFileName(SPOOFED)],
    ['a dataset export', () => csvFileName(SPOOFED, 'semicolon')],
    ['a report', () => reportFileName(SPOOFED, '2026-12-07')],
    ['a codebook', () => codebookFileName(t, SPOOFED)],
    ['a heatmap', () => heatmapFileName(t, SPOOFED, SPOOFED, 'xlsx')],
    ['an evidence table', () => evidenceFileName(t, SPOOFED, 'csv')],
  ])('%s: holds no bidirectional control, so the save dialog accepts it', (_what, name) => {
    const suggested = name();
    expect(suggested).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
    expect(isSafeFileName(suggested)).toBe(true);
  });
});
