import { PROJECT_LEVELS, type Project, type ProjectInput, type ProjectLevel } from '../../../domain/project';
import { normaliseKey } from '../../../domain/dataset';
import { splitList } from '../../../domain/formErrors';
import { isIsoDate } from '../../../base/isoDate';
import { parseSwedishNumber } from '../../../base/swedishNumber';
import type { ReadTable } from '../tableTypes';
import type { CellValue } from '../../../domain/tableValues';
import { REGISTER_FIELDS, type ColumnTarget, type RegisterField } from './registerColumns';

export { REGISTER_FIELDS, guessColumnTargets, type ColumnTarget, type RegisterField } from './registerColumns';

/** Which field identifies a project across imports. */
export type RegisterKey = 'code' | 'name';

function text(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  return value.trim();
}

function level(value: CellValue): ProjectLevel | null | undefined {
  const t = text(value).toLowerCase();
  if (t === '') return null;
  if (t.startsWith('lok') || t.startsWith('local')) return 'lokal';
  if (t.startsWith('reg')) return 'regional';
  if (t.startsWith('nat')) return 'nationell';
  return (PROJECT_LEVELS as readonly string[]).includes(t) ? (t as ProjectLevel) : undefined;
}

function date(value: CellValue): string | null | undefined {
  if (value === null || value === '') return null;
  if (typeof value === 'string') {
    const iso = value.slice(0, 10);
    return isIsoDate(iso) ? iso : undefined;
  }
  return undefined;
}

function amount(value: CellValue): number | null | undefined {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return value >= 0 ? value : undefined;
  const parsed = parseSwedishNumber(String(value).replace(/\s*(kr|sek|kronor)$/i, ''));
  return parsed === null ? null : Number.isNaN(parsed) || parsed < 0 ? undefined : parsed;
}

/**
 * A cell read as the value of a project field (a level from its name, an ISO date, an amount, a list of
 * municipalities, text); undefined when it does not fit the field. The register import and a REFI-QDA
 * project's case variables read values through this.
 */
export function registerFieldValue(target: RegisterField, value: CellValue): ProjectInput[RegisterField] | undefined {
  if (target === 'level') return level(value);
  if (target === 'startDate' || target === 'endDate') return date(value);
  if (target === 'budgetSek') return amount(value);
  if (target === 'municipalities') return splitList(text(value));
  return text(value);
}

/** A change of one field of an existing project. */
export interface FieldChange {
  field: RegisterField | `attribute:${string}`;
  before: string;
  after: string;
}

export interface RegisterPlan {
  create: { line: number; input: ProjectInput }[];
  update: { line: number; project: Project; input: ProjectInput; changes: FieldChange[] }[];
  unchanged: { line: number; project: Project }[];
  /** Rows that could not be read, with why: `missingKey`, `duplicateKey`, or a field that does not fit. */
  unreadable: { line: number; reason: 'missingKey' | 'duplicateKey' | 'badValue'; field?: string; value?: string }[];
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/**
 * Plans a register import: each row becomes a new project, a change of an existing one (matched on the
 * key), or is unchanged; rows that cannot be read are listed with why. Nothing is written here.
 */
export function planRegisterImport(table: ReadTable, targets: readonly ColumnTarget[], key: RegisterKey, existing: readonly Project[]): RegisterPlan {
  const plan: RegisterPlan = { create: [], update: [], unchanged: [], unreadable: [] };
  const byKey = new Map(existing.map((project) => [normaliseKey(key === 'code' ? project.code : project.name), project]));
  const seen = new Set<string>();
  table.rows.forEach((row, index) => {
    const line = table.rowLines[index] ?? index + 1;
    const fields: Partial<Record<RegisterField, unknown>> = {};
    const attributes: { name: string; value: string }[] = [];
    let bad: RegisterPlan['unreadable'][number] | null = null;
    targets.forEach((target, column) => {
      if (bad || target === 'ignore') return;
      const value = row[column] ?? null;
      if (target === 'attribute') {
        const t = text(value);
        if (t !== '') attributes.push({ name: table.columns[column]?.name ?? `Kolumn ${column + 1}`, value: t });
        return;
      }
      const parsed = registerFieldValue(target, value);
      if (parsed === undefined) bad = { line, reason: 'badValue', field: target, value: text(value) };
      else fields[target] = parsed;
    });
    if (bad) return plan.unreadable.push(bad);
    const keyValue = String(fields[key] ?? '').trim();
    if (keyValue === '' || String(fields.name ?? '').trim() === '' && key === 'name') return plan.unreadable.push({ line, reason: 'missingKey' });
    const normalised = normaliseKey(keyValue);
    if (seen.has(normalised)) return plan.unreadable.push({ line, reason: 'duplicateKey', value: keyValue });
    seen.add(normalised);
    const current = byKey.get(normalised);
    const base: ProjectInput = current
      ? { name: current.name, code: current.code, owner: current.owner, manager: current.manager, municipalities: current.municipalities, county: current.county, level: current.level, theme: current.theme, startDate: current.startDate, endDate: current.endDate, budgetSek: current.budgetSek, attributes: current.attributes }
      : { name: '', code: '', owner: '', manager: '', municipalities: [], county: '', level: null, theme: '', startDate: null, endDate: null, budgetSek: null, attributes: [] };
    const input: ProjectInput = { ...base, ...(fields as Partial<ProjectInput>) };
    const mergedAttributes = [...base.attributes.filter((a) => !attributes.some((b) => b.name === a.name)), ...attributes];
    input.attributes = mergedAttributes;
    if (!current) {
      if (input.name.trim() === '') return plan.unreadable.push({ line, reason: 'missingKey' });
      return plan.create.push({ line, input });
    }
    const changes: FieldChange[] = [];
    for (const field of REGISTER_FIELDS) {
      const before = show(base[field]);
      const after = show(input[field]);
      if (before !== after) changes.push({ field, before, after });
    }
    for (const attribute of attributes) {
      const before = base.attributes.find((a) => a.name === attribute.name)?.value ?? '';
      if (before !== attribute.value) changes.push({ field: `attribute:${attribute.name}`, before, after: attribute.value });
    }
    if (changes.length === 0) plan.unchanged.push({ line, project: current });
    else plan.update.push({ line, project: current, input, changes });
  });
  return plan;
}
