import type { TFunction } from 'i18next';
import { attributeKey, type AttributeColumn, type RegisterAttribute } from '../../../shared/analysis/registerAttribute';
import type { Project } from '../../../shared/domain';

/** The register attributes a cross-tab can break down by: the fixed ones, then the free attributes of the register. */
export function attributeOptions(projects: readonly Project[]): RegisterAttribute[] {
  const names = [...new Set(projects.flatMap((p) => p.attributes.map((a) => a.name.trim())).filter((n) => n !== ''))].sort((a, b) => a.localeCompare(b, 'sv'));
  return [{ kind: 'level' }, { kind: 'county' }, { kind: 'municipality' }, { kind: 'theme' }, { kind: 'period' }, ...names.map((name) => ({ kind: 'attribute' as const, name }))];
}

export function attributeName(t: TFunction, attribute: RegisterAttribute): string {
  if (attribute.kind === 'attribute') return attribute.name;
  if (attribute.kind === 'period') return t('ui.analysis.crossTab.period');
  return t(`ui.matrix.filter.${attribute.kind}`);
}

/** A column heading: a level by its name, "utan värde" for none, other values as the register has them. */
export function columnName(t: TFunction, attribute: RegisterAttribute, column: AttributeColumn): string {
  if (column.condition === null) return t('ui.analysis.crossTab.noValue');
  return attribute.kind === 'level' ? t(`level.${column.value}`) : column.value;
}

export { attributeKey };
