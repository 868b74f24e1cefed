import type { Code } from '../../domain/code';
import { codeLabel } from '../../domain/codeLabel';
import type { Id } from '../../domain/ids';
import type { Judgement, RatingScale } from '../../domain/judgement';
import type { Project } from '../../domain/project';
import { scaleFor } from '../../domain/ratingScales';
import { translate, type Language } from '../../i18n';

/**
 * For every passage and data coding that judgements link, the judgements' names in the language:
 * `criterion – subject: rating` ("Förankring – Smart upphandling på Höglandet: Svagt"), the programme as
 * "Programmet", an unrated judgement as "Ej bedömd"; in criterion and subject order.
 */
export function linkedJudgementNames(
  input: { judgements: readonly Judgement[]; scales: readonly RatingScale[]; language: Language },
  codes: ReadonlyMap<Id, Code>,
  projects: ReadonlyMap<Id, Project>,
  catalog: object,
): { segments: Map<Id, string[]>; dataCodings: Map<Id, string[]> } {
  const { language } = input;
  const named = input.judgements.map((judgement) => {
    const code = codes.get(judgement.criterionCodeId);
    const scale = scaleFor(input.scales, judgement.evaluationId, code?.frameworkId ?? '');
    const level = scale.levels.find((l) => l.key === judgement.rating);
    const rating = level ? (language === 'en' ? level.labelEn : level.labelSv) : translate(catalog, 'heatmapTable.unrated');
    const subject =
      judgement.subject.kind === 'programme' ? translate(catalog, 'heatmapTable.programme') : (projects.get(judgement.subject.projectId)?.name ?? translate(catalog, 'evidenceTable.unknownProject'));
    const criterion = code ? codeLabel(code, language) : '';
    return { judgement, criterion, subject, name: `${criterion} – ${subject}: ${rating}` };
  });
  named.sort((a, b) => a.criterion.localeCompare(b.criterion, 'sv') || a.subject.localeCompare(b.subject, 'sv'));
  const segments = new Map<Id, string[]>();
  const dataCodings = new Map<Id, string[]>();
  const add = (map: Map<Id, string[]>, id: Id, name: string) => map.set(id, [...(map.get(id) ?? []), name]);
  for (const { judgement, name } of named) {
    for (const id of judgement.segmentIds) add(segments, id, name);
    for (const id of judgement.dataCodingIds) add(dataCodings, id, name);
  }
  return { segments, dataCodings };
}
