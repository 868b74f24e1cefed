import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { judgedFrameworks } from '../../../shared/analysis/frameworkTree';
import { candidateEvidence, judgementHeatmap, type HeatmapCell, type HeatmapGrouping } from '../../../shared/analysis/judgementHeatmap';
import { repeatedPassages } from '../../../shared/analysis/countedOnce';
import { EMPTY_MATRIX_FILTER, type MatrixFilter } from '../../../shared/analysis/matrixFilter';
import type { ChangeSet } from '../../../shared/coding/changeSet';
import type { EvidenceRef, JudgementPatch } from '../../../shared/coding/judgementEdit';
import { scaleFor, subjectKeyOf, type JudgementSubject } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { useServices } from '../../services/AppContext';
import { recordStep, recordWhenWritten } from '../../services/history';
import { navigate, useRoute } from '../../services/route';
import { useNotify } from '../../ui/notify';
import { useCodes, useDatasets, useDocuments, useEvaluationDataCodings, useJudgements, useProjects, useRatingScales, useSegmentsByIds, useSegmentsOfDocuments, useSegmentsWithCodes } from '../../store';
import { subtreeIds } from '../../../shared/coding/codeTree';
import { columnName } from './cellText';
import { EvidenceChooser } from './EvidenceChooser';
import { HeatmapExport } from './HeatmapExport';
import { HeatmapFilters } from './HeatmapFilters';
import { HeatmapTable } from './HeatmapTable';
import { JudgementEditor } from './JudgementEditor';
import { ScaleDialog } from './ScaleDialog';
import { useScaleUsage } from './useScaleUsage';
import './judgements.css';
import { errorDetail } from '../../ui/errorDetail';

const NO_IDS: readonly string[] = [];

/**
 * Bedömningar: a framework's criteria × the projects and the programme, each cell the rating with its
 * label and the number of linked quotes. Opening a cell shows the judgement editor beside the evidence
 * coded to the criterion in that subject, to link with one click. Every change is an undoable step.
 */
export function JudgementsScreen({ evaluationId }: { evaluationId: string }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const codes = useCodes(repos, evaluationId);
  const projects = useProjects(repos, evaluationId);
  const judgements = useJudgements(repos, evaluationId);
  const scales = useRatingScales(repos, evaluationId);
  const dataCodings = useEvaluationDataCodings(repos, evaluationId);
  const documents = useDocuments(repos, evaluationId);
  const datasets = useDatasets(repos, evaluationId);
  const frameworks = useMemo(() => judgedFrameworks(codes ?? []), [codes]);
  // Opened from a project's page: that framework, with that project's judgement of a criterion open.
  const route = useRoute();
  const asked = route.name === 'judgements' ? route : null;
  const [chosen, setChosen] = useState<string | null>(asked?.framework ?? null);
  const frameworkId = chosen ?? (frameworks.includes('learning-factors') ? 'learning-factors' : (frameworks[0] ?? ''));
  const [filter, setFilter] = useState<MatrixFilter>(EMPTY_MATRIX_FILTER);
  const [grouping, setGrouping] = useState<HeatmapGrouping>(null);
  const [open, setOpen] = useState<{ codeId: string; subjectKey: string } | null>(asked?.open ?? null);
  const [editingScale, setEditingScale] = useState(false);

  const scale = useMemo(() => scaleFor(scales ?? [], evaluationId, frameworkId), [scales, evaluationId, frameworkId]);
  const usage = useScaleUsage(codes, judgements, frameworkId);
  const frameworkName = t(`framework.${frameworkId}`, { defaultValue: frameworkId });
  // A linked passage that repeats one in the twin of its document is counted once in the cells: only the
  // passages of documents with a twin are read for it.
  const twinDocumentIds = useMemo(() => (documents ?? []).flatMap((d) => (d.duplicateOf === null ? [] : [d.id, d.duplicateOf])), [documents]);
  const inTwins = useSegmentsOfDocuments(repos, twinDocumentIds);
  const repeated = useMemo(() => (inTwins && documents ? repeatedPassages(inTwins, documents) : undefined), [inTwins, documents]);
  const map = useMemo(
    () => (codes && projects && judgements ? judgementHeatmap({ codes, frameworkId, projects, filter, grouping, judgements, scale, repeated }) : null),
    [codes, projects, judgements, frameworkId, filter, grouping, scale, repeated],
  );
  const selected = useMemo(() => {
    if (!map || !open) return null;
    const row = map.rows.findIndex((r) => r.code.id === open.codeId);
    const column = map.cells[row]?.findIndex((cell) => subjectKeyOf(cell.subject) === open.subjectKey) ?? -1;
    return row >= 0 && column >= 0 ? { row, column } : null;
  }, [map, open]);

  const openCell = useCallback((target: HeatmapCell) => setOpen({ codeId: target.codeId, subjectKey: subjectKeyOf(target.subject) }), []);

  const run = (writing: Promise<ChangeSet | null>) => {
    recordWhenWritten(writing).catch((e: unknown) => notify(t('ui.common.actionFailed', { detail: errorDetail(t, e) })));
  };

  const cell = selected && map ? map.cells[selected.row]?.[selected.column] : undefined;
  const code = selected && map ? map.rows[selected.row]?.code : undefined;
  const column = selected && map ? map.columns[selected.column] : undefined;
  // Only the open cell's passages are read: those coded with its criterion or a code below it, and those
  // its judgement links (not every passage of the evaluation, which held up painting the heatmap).
  const criterionIds = useMemo(() => (cell && codes ? [...subtreeIds(codes, cell.codeId)] : null), [cell, codes]);
  const coded = useSegmentsWithCodes(repos, evaluationId, criterionIds);
  const linked = useSegmentsByIds(repos, cell?.judgement?.segmentIds ?? NO_IDS);
  const evidence = useMemo(() => {
    if (!cell || !codes || !coded || !linked || !dataCodings) return null;
    const candidates = candidateEvidence(codes, cell.codeId, cell.subject, coded, dataCodings);
    // Linked evidence stays in view (to unlink) when it no longer carries the code.
    const shown = new Set(candidates.segments.map((s) => s.id));
    const extraSegments = linked.filter((s) => s.evaluationId === evaluationId && !shown.has(s.id));
    const extraRows = dataCodings.filter((d) => cell.judgement?.dataCodingIds.includes(d.id) && !candidates.dataCodings.includes(d));
    return { segments: [...candidates.segments, ...extraSegments], dataCodings: [...candidates.dataCodings, ...extraRows] };
  }, [cell, codes, coded, linked, dataCodings, evaluationId]);
  const documentTitles = useMemo(() => new Map((documents ?? []).map((d) => [d.id, d.title])), [documents]);
  const datasetNames = useMemo(() => new Map((datasets ?? []).map((d) => [d.id, d.name])), [datasets]);

  const subject: JudgementSubject | null = cell?.subject ?? null;
  const criterionName = code ? codeLabel(code, i18n.language) : '';
  const subjectName = column ? columnName(t, column) : '';

  return (
    <section className="screen" aria-labelledby="judgements-heading">
      <header className="screen-header">
        <h1 id="judgements-heading">{t('ui.judgements.heading')}</h1>
        {map && map.rows.length > 0 && <HeatmapExport evaluationId={evaluationId} map={map} frameworkId={frameworkId} frameworkName={t(`framework.${frameworkId}`, { defaultValue: frameworkId })} />}
      </header>
      <p className="lead">{t('ui.judgements.lead')}</p>
      <div className="judgement-controls">
        <label className="field">
          <span>{t('ui.judgements.framework')}</span>
          <select
            aria-label={t('ui.judgements.framework')}
            value={frameworkId}
            onChange={(e) => {
              setChosen(e.target.value);
              setOpen(null);
            }}
          >
            {frameworks.map((id) => (
              <option key={id} value={id}>
                {t(`framework.${id}`, { defaultValue: id })}
              </option>
            ))}
          </select>
        </label>
        {frameworkId !== '' && (
          <button type="button" onClick={() => setEditingScale(true)}>
            {t('ui.scales.edit')}
          </button>
        )}
        {projects && <HeatmapFilters projects={projects} filter={filter} grouping={grouping} onFilter={setFilter} onGrouping={setGrouping} />}
      </div>
      {editingScale && (
        <ScaleDialog
          scale={scale}
          frameworkName={frameworkName}
          usage={usage}
          onClose={() => setEditingScale(false)}
          onSave={async (levels, moveRemovedTo) => {
            recordStep(await repos.judgements.saveScale({ ...scale, levels }, moveRemovedTo));
            setEditingScale(false);
            notify(t('ui.scales.saved', { framework: frameworkName }));
          }}
        />
      )}
      {map && map.rows.length === 0 && <p>{t('ui.judgements.noCodes')}</p>}
      {map && map.columns.length === 1 && map.rows.length > 0 && <p className="muted">{t('ui.judgements.noProjects')}</p>}
      <div className={cell ? 'judgement-layout open' : 'judgement-layout'}>
        {map && map.rows.length > 0 && (
          <HeatmapTable map={map} grouping={grouping} selected={selected} onOpen={openCell} />
        )}
        {cell && subject && code && evidence && (
          <section className="judgement-panel" aria-labelledby="judgement-panel-heading">
            <header className="judgement-panel-header">
              <h2 id="judgement-panel-heading">{t('ui.judgements.editorHeading', { criterion: criterionName, subject: subjectName })}</h2>
              <button type="button" className="link-button" onClick={() => setOpen(null)}>
                {t('ui.judgements.close')}
              </button>
            </header>
            <JudgementEditor key={`${code.id}\u0000${subjectKeyOf(subject)}`} judgement={cell.judgement} scale={scale} onChange={(patch: JudgementPatch) => run(repos.judgements.judge(evaluationId, subject, code.id, patch))} />
            {cell.judgement && (
              <button type="button" className="secondary" onClick={() => cell.judgement && navigate({ name: 'findings', evaluationId, judgementId: cell.judgement.id })}>
                {t('ui.judgements.writeFinding')}
              </button>
            )}
            <EvidenceChooser
              judgement={cell.judgement}
              segments={evidence.segments}
              dataCodings={evidence.dataCodings}
              documentTitles={documentTitles}
              datasetNames={datasetNames}
              subjectName={subject.kind === 'programme' ? t('ui.judgements.allProjects') : subjectName}
              onLink={(ref: EvidenceRef, linked: boolean) => run(repos.judgements.link(evaluationId, subject, code.id, ref, linked))}
            />
          </section>
        )}
      </div>
    </section>
  );
}
