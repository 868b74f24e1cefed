import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column {
  label: string;
  numeric?: boolean;
}

/** A list as a table: a caption for screen readers, column headers, and a last column for row actions. */
export function ListTable({ caption, columns, children }: { caption: string; columns: Column[]; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.label} className={column.numeric ? 'numeric' : undefined}>
                {column.label}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('ui.common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export interface RowAction {
  label: string;
  /** The accessible name, naming the row: "Ta bort Projekt Ett". */
  name: string;
  onClick: () => void;
  danger?: boolean;
}

/** The buttons at the end of a row. */
export function RowActions({ actions }: { actions: RowAction[] }) {
  return (
    <td className="row-actions">
      {actions.map((action) => (
        <button type="button" key={action.label} className={action.danger ? 'danger-quiet' : undefined} onClick={action.onClick} aria-label={action.name}>
          {action.label}
        </button>
      ))}
    </td>
  );
}

/** What a list shows when it has nothing yet. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>;
}
