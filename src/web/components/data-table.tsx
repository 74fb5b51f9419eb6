import type { ReactNode } from 'react';

/** A table with a caption for screen readers and one header row; the rows are the caller's. */
export function DataTable({
  caption,
  headers,
  children,
}: {
  caption: string;
  /** Column headings; a null heading is a column left out. */
  headers: readonly (string | null)[];
  children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {headers.map((h, i) =>
              h === null ? null : (
                // biome-ignore lint/suspicious/noArrayIndexKey: headings are a fixed list, in a fixed order
                <th scope="col" key={i}>
                  {h}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
