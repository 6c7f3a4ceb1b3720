/**
 * The report view's version 2 findings: with several personas, each one's average emotion and
 * lowest-rated touchpoint and the averages by stage; on a service blueprint, the root causes
 * with the steps behind them. The same blocks the HTML and PDF reports print
 * (shared/report/personaBlocks.ts), as accessible tables.
 */
import { useId, useMemo } from 'react';
import type { Journey } from '../../shared/model';
import { personaFigureBlocks, rootCauseBlocks } from '../../shared/report/personaBlocks';
import type { ReportBlock } from '../../shared/report/reportDocument';
import type { Report, ReportWords } from '../../shared/report';

export function PersonaFindings({ journey, report, words }: { journey: Journey; report: Report; words: ReportWords }) {
  const blocks = useMemo(
    () => [...personaFigureBlocks(journey, report, words), ...rootCauseBlocks(journey, report, words)],
    [journey, report, words],
  );
  return (
    <>
      {blocks.map((block, i) => (
        <BlockSection key={`${block.kind}-${i}`} block={block} />
      ))}
    </>
  );
}

function BlockSection({ block }: { block: ReportBlock }) {
  const id = useId();
  if (block.kind === 'empty') {
    return (
      <section aria-labelledby={id}>
        <h3 id={id}>{block.caption}</h3>
        <p className="report-panel__empty">{block.text}</p>
      </section>
    );
  }
  if (block.kind !== 'table') return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{block.caption}</h3>
      <div className="report-table__scroll">
        <table className="report-table">
          <thead>
            <tr>
              {block.columns.map((c, k) => (
                <th key={k} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, k) => (
                  <td
                    key={k}
                    className={
                      cell.severity ? `report-table__severity report-table__severity--${cell.severity}` : undefined
                    }
                  >
                    {cell.text}
                    {cell.sub && <div className="report-table__sub">{cell.sub}</div>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
