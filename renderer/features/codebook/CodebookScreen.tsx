import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CODE_PALETTE } from '../../../shared/coding/copyFramework';
import { codeFieldsOf } from '../../../shared/coding/editCode';
import type { Code, Id } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { useCodes } from '../../store';
import { recordStep } from '../../services/history';
import { useNotify } from '../../ui/notify';
import { navigate } from '../../services/route';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { CodebookExchange } from './CodebookExchange';
import { EvidenceExport } from '../evidence/EvidenceExport';
import { CodeFormDialog, emptyFormValues, formValuesOf, type CodeFormResult } from './CodeFormDialog';
import { codebookProblem } from './codebookProblem';
import { codebookSections } from './codeTree';
import { CodeTree, type TreeCommand } from './CodeTree';
import { DeleteCodeDialog } from './DeleteCodeDialog';
import { MergeDialog } from './MergeDialog';
import { movePlans, type MovePlan } from '../../../shared/coding/movePlans';
import { SelectedCodePanel } from './SelectedCodePanel';
import { UncodedEvidence } from './UncodedEvidence';
import { useEvidenceCounts } from './useEvidenceCounts';
import './codebook.css';

type DialogState =
  | { kind: 'add'; parent: Code | null; frameworkId: string | null }
  | { kind: 'edit'; code: Code }
  | { kind: 'merge'; code: Code }
  | { kind: 'delete'; code: Code; fromTree: boolean }
  | null;

/**
 * The evaluation's codebook: every framework it codes against and the evaluator's own codes, as trees
 * with definitions and notes and each code's evidence count. Codes are added, edited, moved (by drag and
 * drop or by keyboard), merged and deleted here, each as one undoable step; evidence left without codes,
 * and quotes that could not be placed in a new version of their document, are listed below.
 */
export function CodebookScreen({ evaluationId }: { evaluationId: string }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const codes = useCodes(repos, evaluationId);
  const counts = useEvidenceCounts(evaluationId);
  const sections = useMemo(() => (codes ? codebookSections(codes) : []), [codes]);
  const [selectedId, setSelectedId] = useState<Id | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<Id>>(() => new Set());
  const [showNotes, setShowNotes] = useState(true);
  const [dialog, setDialog] = useState<DialogState>(null);
  const items = useRef(new Map<Id, HTMLElement>());
  /** A code whose item should take the focus once it is rendered (after a move by keyboard, an add). */
  const pendingFocus = useRef<Id | null>(null);
  /** Bumped with each focus request, so the request is served even when the codes arrived first. */
  const [focusTick, setFocusTick] = useState(0);
  const focusWhenRendered = (id: Id | null) => {
    pendingFocus.current = id;
    setFocusTick((tick) => tick + 1);
  };
  /** Where the focus was when a dialog opened, to put it back when the dialog closes. */
  const returnFocus = useRef<HTMLElement | null>(null);
  const language = i18n.language;
  const label = (code: Code) => codeLabel(code, language);
  const openDialog = (state: NonNullable<DialogState>) => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setDialog(state);
  };
  /** Closes the dialog; `restore`: the focus goes back where it was (if that is still there). */
  const closeDialog = (restore: boolean) => {
    const element = returnFocus.current;
    returnFocus.current = null;
    setDialog(null);
    if (restore && element) requestAnimationFrame(() => element.isConnected && element.focus());
  };
  const frameworkName = (frameworkId: string | null) => t(`framework.${frameworkId ?? 'own'}`, { defaultValue: frameworkId ?? '' });

  useEffect(() => {
    const id = pendingFocus.current;
    const element = id ? items.current.get(id) : undefined;
    if (element) {
      element.focus();
      pendingFocus.current = null;
    }
  }, [codes, collapsed, focusTick]);

  const registerItem = useCallback((id: Id, element: HTMLElement | null) => {
    if (element) items.current.set(id, element);
    else items.current.delete(id);
  }, []);
  const focusItem = useCallback((id: Id) => items.current.get(id)?.focus(), []);

  const expand = (id: Id | null) => {
    if (id === null) return;
    setCollapsed((current) => {
      if (!current.has(id)) return current;
      const next = new Set(current);
      next.delete(id);
      return next;
    });
  };
  const toggle = (id: Id) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const move = async (code: Code, plan: MovePlan, refocus: boolean) => {
    try {
      const step = await repos.codebook.move(code.id, plan.parentId, plan.index);
      recordStep(step);
      expand(plan.parentId);
      if (refocus) focusWhenRendered(code.id);
      if (step) notify(t('ui.codebookEditor.notify.moved', { code: label(code) }));
    } catch (error) {
      notify(codebookProblem(t, error));
    }
  };

  const onCommand = (command: TreeCommand, code: Code) => {
    if (command === 'open') return navigate({ name: 'code', evaluationId, codeId: code.id });
    if (command === 'edit') return openDialog({ kind: 'edit', code });
    if (command === 'delete') return openDialog({ kind: 'delete', code, fromTree: true });
    const plan = codes ? movePlans(codes, code)[command] : null;
    if (plan) void move(code, plan, true);
  };

  const add = async (parent: Code | null, frameworkId: string | null, result: CodeFormResult) => {
    const { code, step } = await repos.codebook.add({ evaluationId, parentId: parent?.id ?? null, frameworkId, texts: result.texts, colour: result.colour });
    recordStep(step);
    expand(parent?.id ?? null);
    setSelectedId(code.id);
    // The new code takes the focus, which brings it into view.
    focusWhenRendered(code.id);
    closeDialog(false);
    notify(t('ui.codebookEditor.notify.added', { code: label(code) }));
  };

  const save = async (code: Code, result: CodeFormResult, base: Code) => {
    const { step, conflicts } = await repos.codebook.edit(code.id, { base: codeFieldsOf(base), edited: { ...result.texts, colour: result.colour, shortcut: result.shortcut } });
    if (conflicts.length > 0) return conflicts;
    recordStep(step);
    closeDialog(true);
    notify(t('ui.codebookEditor.notify.saved', { code: label({ ...code, ...result.texts }) }));
  };

  const merge = async (code: Code, target: Code) => {
    try {
      recordStep(await repos.codebook.merge(code.id, target.id, t('ui.codebookEditor.merge.justificationHeading', { code: label(code) })));
    } catch (error) {
      throw new Error(codebookProblem(t, error));
    }
    setSelectedId(target.id);
    closeDialog(true);
    notify(t('ui.codebookEditor.notify.merged', { source: label(code), target: label(target) }));
  };

  const selected = codes?.find((code) => code.id === selectedId) ?? null;
  const nextColour = CODE_PALETTE[(codes?.length ?? 0) % CODE_PALETTE.length] as string;

  return (
    <section className="screen codebook-screen" aria-labelledby="codebook-heading">
      <header className="screen-header">
        <h1 id="codebook-heading">{t('ui.codebook.heading')}</h1>
        <div className="actions">{codes && <CodebookExchange evaluationId={evaluationId} codes={codes} />}<EvidenceExport evaluationId={evaluationId} /></div>
      </header>
      <p className="lead">{t('ui.codebook.lead')}</p>
      {!codes ? (
        <p className="muted">{t('ui.codebookEditor.loading')}</p>
      ) : (
        <>
          <div className="codebook-toolbar">
            <label className="checkbox-label">
              <input type="checkbox" checked={showNotes} onChange={(event) => setShowNotes(event.target.checked)} />
              {t('ui.codebookEditor.showNotes')}
            </label>
            <p className="muted small codebook-help">{t('ui.codebookEditor.treeHelp')}</p>
          </div>
          <div className="codebook-layout">
            <div className="codebook-trees">
              {sections.map((section) => {
                const name = frameworkName(section.frameworkId);
                const headingId = `framework-${section.frameworkId ?? 'own'}`;
                return (
                  <section key={section.frameworkId ?? 'own'} className="panel codebook-framework" aria-labelledby={headingId}>
                    <div className="codebook-framework-header">
                      <h2 id={headingId}>{name}</h2>
                      <button type="button" className="quiet-button" onClick={() => openDialog({ kind: 'add', parent: null, frameworkId: section.frameworkId })} aria-label={t('ui.codebookEditor.addCodeIn', { framework: name })}>
                        <span aria-hidden="true">+</span> {t('ui.codebookEditor.addCode')}
                      </button>
                    </div>
                    {section.roots.length === 0 ? (
                      <p className="muted small">{t('ui.codebookEditor.ownEmpty')}</p>
                    ) : (
                      <CodeTree
                        label={name}
                        roots={section.roots}
                        evaluationId={evaluationId}
                        codes={codes}
                        counts={counts}
                        selectedId={selectedId}
                        collapsed={collapsed}
                        showNotes={showNotes}
                        onSelect={setSelectedId}
                        onToggle={toggle}
                        onDrop={(code, plan) => void move(code, plan, true)}
                        registerItem={registerItem}
                        focusItem={focusItem}
                        onCommand={onCommand}
                      />
                    )}
                  </section>
                );
              })}
            </div>
            <div className="codebook-side">
              <SelectedCodePanel
                evaluationId={evaluationId}
                code={selected}
                codes={codes}
                counts={counts}
                onEdit={(code) => openDialog({ kind: 'edit', code })}
                onAddChild={(code) => openDialog({ kind: 'add', parent: code, frameworkId: code.frameworkId })}
                onMove={(code, plan) => void move(code, plan, false)}
                onMerge={(code) => openDialog({ kind: 'merge', code })}
                onDelete={(code) => openDialog({ kind: 'delete', code, fromTree: false })}
              />
            </div>
          </div>
          <UncodedEvidence evaluationId={evaluationId} codes={codes} />
        </>
      )}
      {dialog?.kind === 'add' && codes && (
        <CodeFormDialog
          title={dialog.parent ? t('ui.codebookEditor.form.addChildTitle', { code: label(dialog.parent) }) : t('ui.codebookEditor.form.addTitle', { framework: frameworkName(dialog.frameworkId) })}
          submitLabel={t('ui.codebookEditor.form.addSubmit')}
          initial={emptyFormValues(dialog.parent?.colour ?? nextColour)}
          codes={codes}
          codeId={null}
          withShortcut={false}
          onSubmit={(result) => add(dialog.parent, dialog.frameworkId, result)}
          onClose={() => closeDialog(true)}
        />
      )}
      {dialog?.kind === 'edit' && codes && (
        <CodeFormDialog
          title={t('ui.codebookEditor.form.editTitle', { code: label(dialog.code) })}
          submitLabel={t('ui.common.save')}
          initial={formValuesOf(dialog.code)}
          codes={codes}
          codeId={dialog.code.id}
          withShortcut
          record={dialog.code}
          current={codes.find((code) => code.id === dialog.code.id)}
          onSubmit={(result, base) => save(dialog.code, result, base ?? dialog.code)}
          onClose={() => closeDialog(true)}
        />
      )}
      {dialog?.kind === 'merge' && codes && counts && (
        <MergeDialog code={dialog.code} codes={codes} counts={counts} onMerge={(target) => merge(dialog.code, target)} onClose={() => closeDialog(true)} />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteCodeDialog
          code={dialog.code}
          onDeleted={() => {
            setSelectedId(dialog.code.parentId);
            // Deleted from the tree by keyboard: the focus goes to where the code was.
            if (dialog.fromTree) focusWhenRendered(dialog.code.parentId);
          }}
          onClose={() => closeDialog(true)}
        />
      )}
    </section>
  );
}
