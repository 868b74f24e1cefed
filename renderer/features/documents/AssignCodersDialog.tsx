import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showBidiControls } from '../../../shared/base/bidiControls';
import { coderList } from '../../../shared/coding/documentCoders';
import { useServices } from '../../services/AppContext';
import { recordStep } from '../../services/history';
import { useCoderWork, useEvaluation, type DocumentRecord } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { useNotify } from '../../ui/notify';
import './coders.css';

/**
 * Chooses the coders of a document: the names the team is known by (the evaluators, whoever has coded,
 * this coder, those assigned anywhere) as checkboxes, and a new name added by hand. Saved as one undoable step.
 */
export function AssignCodersDialog({ document, onClose }: { document: DocumentRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const evaluation = useEvaluation(repos, document.evaluationId);
  const work = useCoderWork(repos, document.evaluationId);
  const [me, setMe] = useState('');
  useEffect(() => void repos.settings.coderName().then(setMe), [repos]);
  const [chosen, setChosen] = useState<string[]>(document.coders ?? []);
  const [added, setAdded] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const names = useMemo(
    () => coderList([...(evaluation?.evaluators ?? []), ...(work ?? []).map((row) => row.coder), me, ...(document.coders ?? []), ...added]),
    [evaluation, work, me, document.coders, added],
  );
  const toggle = (name: string, on: boolean) => setChosen((c) => (on ? coderList([...c, name]) : c.filter((x) => x !== name)));
  const addTyped = () => {
    const name = typed.trim();
    if (name === '') return;
    setAdded((a) => [...a, name]);
    toggle(name, true);
    setTyped('');
  };
  const save = async () => {
    recordStep(await repos.documentCoders.assign([document.id], chosen, 'set'));
    notify(t('ui.coders.saved', { title: document.title }));
    onClose();
  };
  return (
    <Dialog title={t('ui.coders.assignTitle', { title: showBidiControls(document.title) })} onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p>{t('ui.coders.assignLead')}</p>
        <fieldset className="coder-choices">
          <legend>{t('ui.coders.choices')}</legend>
          {names.map((name) => (
            <label key={name} className="checkbox-label">
              <input type="checkbox" checked={chosen.includes(name)} onChange={(e) => toggle(name, e.target.checked)} /> {showBidiControls(name)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="assign-new-coder">{t('ui.coders.newCoder')}</label>
          <div className="coder-add">
            <input
              id="assign-new-coder"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addTyped();
                }
              }}
            />
            <button type="button" onClick={addTyped} disabled={typed.trim() === ''}>
              {t('ui.coders.add')}
            </button>
          </div>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('ui.common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
