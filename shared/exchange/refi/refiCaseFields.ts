import type { ProjectAttribute, ProjectInput } from '../../domain/project';
import { guessColumnTargets, registerFieldValue, type RegisterField } from '../../ingest/tables/register/registerImport';
import type { RawCase, RawVariable } from './refiProjectModel';

/** A decimal as XML Schema writes it (a REFI-QDA Float variable): read as a number, not as Swedish text. */
const XSD_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export interface CaseFields {
  /** The register fields the case's variables fill. */
  fields: Partial<Pick<ProjectInput, RegisterField>>;
  /** The other variables, as the project's own attributes. */
  attributes: ProjectAttribute[];
  /** The GUIDs of the variables the case has a value of. */
  used: string[];
}

/**
 * Reads the variables of the project's cases as the register import reads a register's columns: a
 * variable named like a register field (Projektkod, Projektägare, Startdatum, Budget …, in Swedish or
 * English, as Spårbar and most registers name them) fills that field when its value fits the field;
 * every other variable, and a value that does not fit, becomes an own attribute. Built once per project.
 */
export function caseFieldReader(variables: readonly RawVariable[]): (theCase: RawCase) => CaseFields {
  const targets = guessColumnTargets(variables.map((variable) => variable.name));
  const byGuid = new Map(variables.map((variable, i) => [variable.guid, { name: variable.name, target: targets[i] }]));
  return (theCase) => {
    const fields: CaseFields['fields'] = {};
    const attributes: ProjectAttribute[] = [];
    const used: string[] = [];
    for (const value of theCase.values) {
      const variable = byGuid.get(value.variableGuid);
      if (variable === undefined) continue;
      used.push(value.variableGuid);
      const text = value.value.trim();
      const target = variable.target;
      if (target !== undefined && target !== 'attribute' && target !== 'ignore' && target !== 'name' && !(target in fields)) {
        const parsed = registerFieldValue(target, target === 'budgetSek' && XSD_DECIMAL.test(text) ? Number(text) : text);
        if (parsed !== undefined) {
          Object.assign(fields, { [target]: parsed });
          continue;
        }
      }
      attributes.push({ name: variable.name, value: text });
    }
    return { fields, attributes, used };
  };
}
