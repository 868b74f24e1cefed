import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subtreeIds } from '../../../shared/coding/codeTree';
import type { Code, Id } from '../../../shared/domain';
import { FormDialog } from '../../ui/FormDialog';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { childrenOf } from '../../../shared/coding/codeTree';
import { codebookSections, type CodeNode } from './codeTree';
import { evidenceText } from './evidenceText';
import { NO_EVIDENCE, type EvidenceCount } from './useEvidenceCounts';
import { MergeJudgementsSummary } from './MergeJudgementsSummary';

interface MergeDialogProps {
  code: Code;
  codes: readonly Code[];
  counts: ReadonlyMap<Id, EvidenceCount>;
  onMerge: (target: Code) => Promise<void>;
  onClose: () => void;
}

/**
 * Merges a code into another chosen from the codebook (not the code itself or a code below it), saying
 * before it happens how much evidence moves, where the child codes go and what becomes of the judgements.
 */
export function MergeDialog({ code, codes, counts, onMerge, onClose }: MergeDialogProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [targetId, setTargetId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const label = (c: Code) => codeLabel(c, i18n.language);
  const excluded = subtreeIds(codes, code.id);
  const target = codes.find((c) => c.id === targetId && !excluded.has(c.id));
  const children = childrenOf(codes, code.id, code.frameworkId).length;

  const groups = codebookSections(codes)
    .map((section) => {
      const options: { id: Id; text: string }[] = [];
      const walk = (nodes: readonly CodeNode[], path: string[]) => {
        for (const node of nodes) {
          const here = [...path, label(node.code)];
          if (!excluded.has(node.code.id)) options.push({ id: node.code.id, text: here.join(t('ui.codebookEditor.pathSeparator')) });
          walk(node.children, here);
        }
      };
      walk(section.roots, []);
      return { label: t(`framework.${section.frameworkId ?? 'own'}`, { defaultValue: section.frameworkId ?? '' }), options };
    })
    .filter((group) => group.options.length > 0);

  return (
    <FormDialog
      title={t('ui.codebookEditor.merge.title', { code: label(code) })}
      submitLabel={t('ui.codebookEditor.merge.submit')}
      onClose={onClose}
      validate={() => {
        setError(target ? null : t('ui.codebookEditor.merge.targetRequired', { code: label(code) }));
        return target ?? null;
      }}
      onSubmit={onMerge}
      wide
    >
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor={id}>{t('ui.codebookEditor.merge.target')}</label>
        <select id={id} value={targetId} onChange={(event) => {
            setTargetId(event.target.value);
            setError(null);
          }} aria-invalid={error !== null} aria-describedby={error ? `${id}-error` : undefined} autoFocus>
          <option value="">{t('ui.codebookEditor.merge.choose')}</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.text}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {error && (
          <span id={`${id}-error`} className="field-error">
            {error}
          </span>
        )}
      </div>
      <div className="merge-summary" aria-live="polite">
        {target && (
          <>
            <p>
            {t('ui.codebookEditor.merge.summary', { evidence: evidenceText(t, counts.get(code.id) ?? NO_EVIDENCE), source: label(code), target: label(target) })}
            {children > 0 && <> {t('ui.codebookEditor.merge.children', { count: children, target: label(target) })}</>}
            </p>
            <MergeJudgementsSummary source={code} target={target} />
            <p className="muted">{t('ui.codebookEditor.merge.undoHint')}</p>
          </>
        )}
      </div>
    </FormDialog>
  );
}
