import { isRecord, isString, ShapeError } from '../base/guards';
import { MATRIX_COLUMNS } from '../domain/code';
import { PROJECT_LEVELS } from '../domain/project';
import type { ReportPerson, ReportTexts } from '../domain/reportSettings';

/** The demo's report settings as written in demo.json's `report`: the evaluator's texts and the people anonymised. */
export interface DemoReport {
  texts: ReportTexts;
  people: ReportPerson[];
}

const FIXED_KEYS = ['summary', 'introduction.purpose', 'method.limitations', 'results.map', 'notReached', 'conclusions'];
const RESULT_KEYS = PROJECT_LEVELS.flatMap((level) => MATRIX_COLUMNS.map((column) => `results.${level}.${column}`));

/** Whether a key is one of the report's text keys (`factors.<frameworkId>` for any framework). */
export function isReportTextKey(key: string): boolean {
  return FIXED_KEYS.includes(key) || RESULT_KEYS.includes(key) || /^factors\.[a-z0-9-]+$/.test(key);
}

export function parseDemoReport(value: unknown): DemoReport {
  if (value === undefined) return { texts: {}, people: [] };
  if (!isRecord(value) || !isRecord(value.texts) || !Array.isArray(value.people)) throw new ShapeError('demo: report needs texts and people');
  const texts: ReportTexts = {};
  for (const [key, text] of Object.entries(value.texts)) {
    if (!isReportTextKey(key)) throw new ShapeError(`demo: report text ${key} is no text key of the report`);
    if (!isString(text) || text.trim() === '') throw new ShapeError(`demo: report text ${key} must be text`);
    texts[key] = text;
  }
  const people = value.people.map((p, i) => {
    if (!isRecord(p) || !isString(p.name) || !isString(p.role) || p.name.trim() === '' || p.role.trim() === '') throw new ShapeError(`demo: report person ${i} needs a name and a role`);
    return { name: p.name, role: p.role };
  });
  return { texts, people };
}
