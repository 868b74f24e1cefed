import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { useNotify } from '../../ui/notify';
import { csvFileName, datasetCsv, type CsvFlavour } from './exportDataset';
import { errorDetail } from '../../ui/errorDetail';

/** Exports a dataset as CSV through the platform's save dialog, and says where it went. */
export function useDatasetExport() {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  return useCallback(
    async (dataset: Dataset, flavour: CsvFlavour) => {
      try {
        const [rows, projects] = await Promise.all([repos.datasets.rows(dataset.id), repos.projects.list(dataset.evaluationId)]);
        const names = new Map(projects.map((project) => [project.id, project.name]));
        const bytes = datasetCsv(dataset, rows, (id) => (id === null ? null : (names.get(id) ?? null)), t('ui.datasets.projectColumn'), flavour);
        const fileName = csvFileName(dataset.name, flavour);
        const saved = await platform.saveFile({
          title: t('ui.datasets.exportTitle'),
          suggestedName: fileName,
          filters: [{ name: t('ui.datasets.filterCsv'), extensions: ['csv'] }],
          bytes,
          mimeType: 'text/csv',
        });
        if (saved) notify(t('ui.datasets.exported', { fileName }));
      } catch (error) {
        notify(t('ui.common.actionFailed', { detail: errorDetail(t, error) }));
      }
    },
    [repos, platform, notify, t],
  );
}
