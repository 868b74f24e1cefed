import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../shared/domain';
import { useServices } from '../app/AppContext';
import { codeLabel } from '../lib/codeLabel';

interface Node {
  code: Code;
  children: Node[];
}

function tree(codes: readonly Code[]): Map<string, Node[]> {
  const nodes = new Map(codes.map((code) => [code.id, { code, children: [] as Node[] }]));
  const roots = new Map<string, Node[]>();
  // Codes come in codebook order: framework by framework, each in its own order.
  for (const code of codes) {
    const node = nodes.get(code.id) as Node;
    const parent = code.parentId ? nodes.get(code.parentId) : undefined;
    if (parent) parent.children.push(node);
    else {
      const key = code.frameworkId ?? 'own';
      roots.set(key, [...(roots.get(key) ?? []), node]);
    }
  }
  return roots;
}

function CodeEntry({ node, language, level }: { node: Node; language: string; level: number }) {
  const { t } = useTranslation();
  const { code } = node;
  const en = language === 'en';
  const definition = (en && code.definitionEn) || code.definitionSv;
  const inclusion = (en && code.inclusionEn) || code.inclusionSv;
  const exclusion = (en && code.exclusionEn) || code.exclusionSv;
  const example = (en && code.exampleEn) || code.exampleSv;
  return (
    <li className="codebook-entry">
      <div className="codebook-code">
        <span className="code-swatch" style={{ backgroundColor: code.colour }} aria-hidden="true" />
        <span className={level === 0 ? 'codebook-label codebook-label-top' : 'codebook-label'}>{codeLabel(code, language)}</span>
      </div>
      {(definition || inclusion || exclusion || example) && (
        <dl className="codebook-notes">
          {definition && (
            <>
              <dt>{t('ui.codebook.definition')}</dt>
              <dd>{definition}</dd>
            </>
          )}
          {inclusion && (
            <>
              <dt>{t('ui.codebook.inclusion')}</dt>
              <dd>{inclusion}</dd>
            </>
          )}
          {exclusion && (
            <>
              <dt>{t('ui.codebook.exclusion')}</dt>
              <dd>{exclusion}</dd>
            </>
          )}
          {example && (
            <>
              <dt>{t('ui.codebook.example')}</dt>
              <dd>
                <q>{example}</q>
              </dd>
            </>
          )}
        </dl>
      )}
      {node.children.length > 0 && (
        <ul className="codebook-children">
          {node.children.map((child) => (
            <CodeEntry key={child.code.id} node={child} language={language} level={level + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The evaluation's codebook: every framework it codes against, as a tree with definitions and notes. */
export function CodebookScreen({ evaluationId }: { evaluationId: string }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const codes = useLiveQuery(() => repos.codes.list(evaluationId), [evaluationId]);
  const frameworks = useMemo(() => (codes ? [...tree(codes).entries()] : []), [codes]);
  return (
    <section className="screen" aria-labelledby="codebook-heading">
      <header className="screen-header">
        <h1 id="codebook-heading">{t('ui.codebook.heading')}</h1>
      </header>
      <p className="lead">{t('ui.codebook.lead')}</p>
      {frameworks.map(([frameworkId, roots]) => (
        <section key={frameworkId} className="panel codebook-framework" aria-labelledby={`framework-${frameworkId}`}>
          <h2 id={`framework-${frameworkId}`}>{t(`framework.${frameworkId}`, { defaultValue: frameworkId })}</h2>
          <ul className="codebook-tree">
            {roots.map((node) => (
              <CodeEntry key={node.code.id} node={node} language={i18n.language} level={0} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
