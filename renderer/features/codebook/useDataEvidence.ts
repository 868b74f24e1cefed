import type { DataCoding, Dataset, DatasetRow, Id, Project } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { useStoreQuery } from '../../store';

/** A coded table row or cell with what it needs to be cited: its dataset, row and project. */
export interface DataEvidence {
  coding: DataCoding;
  dataset: Dataset | undefined;
  row: DatasetRow | undefined;
  project: Project | undefined;
}

/**
 * The datasets, rows and projects of table codings. Rows are read per project where the coding has one
 * (a project's rows are few), else per dataset, and only for the datasets that hold the codings.
 */
export function useDataEvidence(evaluationId: Id, codings: readonly DataCoding[] | undefined): DataEvidence[] | undefined {
  const { repos } = useServices();
  const key = codings ? codings.map((c) => `${c.id}\u0001${c.datasetId}\u0001${c.rowId}\u0001${c.projectId ?? ''}`).join('\u0000') : null;
  return useStoreQuery(async () => {
    if (!codings || key === null) return undefined;
    if (codings.length === 0) return [];
    const [datasets, projects] = await Promise.all([repos.datasets.list(evaluationId), repos.projects.list(evaluationId)]);
    const rows = new Map<Id, DatasetRow>();
    const wanted = new Set(codings.map((c) => c.rowId));
    const keep = (list: DatasetRow[]) => {
      for (const row of list) if (wanted.has(row.id)) rows.set(row.id, row);
    };
    for (const projectId of new Set(codings.map((c) => c.projectId).filter((id): id is Id => id !== null))) keep(await repos.datasets.rowsOfProject(projectId));
    for (const datasetId of new Set(codings.filter((c) => !rows.has(c.rowId)).map((c) => c.datasetId))) keep(await repos.datasets.rows(datasetId));
    const datasetById = new Map(datasets.map((d) => [d.id, d]));
    const projectById = new Map(projects.map((p) => [p.id, p]));
    return codings.map((coding) => ({
      coding,
      dataset: datasetById.get(coding.datasetId),
      row: rows.get(coding.rowId),
      project: coding.projectId === null ? undefined : projectById.get(coding.projectId),
    }));
    // `key` stands for the codings: the query reruns when they change, not on every new array.
  }, [evaluationId, key, repos]);
}
