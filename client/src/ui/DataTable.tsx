import type { ReactNode, TdHTMLAttributes } from 'react';

export interface DataColumn<Row> {
  /** Stable React key of the column. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell that names the row (`<th scope="row">`), read out by screen readers before each other cell. */
  rowHeader?: boolean;
  /** Per-row attributes of the cell, e.g. `lang` for text in another language. */
  cellProps?: (row: Row) => Pick<TdHTMLAttributes<HTMLTableCellElement>, 'lang' | 'title' | 'className'>;
}

interface DataTableProps<Row> {
  /** Names the table for assistive technology; visually hidden (the section heading is visible). */
  caption: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Said instead of an empty table. */
  emptyText?: ReactNode;
  /** A last column of buttons for each row, under its own header. */
  actions?: { header: ReactNode; cell: (row: Row) => ReactNode };
}

/** The one data table of the client: caption, column headers with scope, a row header, row actions. */
export function DataTable<Row>({ caption, columns, rows, rowKey, emptyText, actions }: DataTableProps<Row>) {
  if (rows.length === 0 && emptyText !== undefined) return <p className="muted">{emptyText}</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.header}
            </th>
          ))}
          {actions ? <th scope="col">{actions.header}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => {
              const props = column.cellProps?.(row) ?? {};
              return column.rowHeader ? (
                <th key={column.key} scope="row" {...props}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.key} {...props}>
                  {column.cell(row)}
                </td>
              );
            })}
            {actions ? <td className="data-table__actions">{actions.cell(row)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
