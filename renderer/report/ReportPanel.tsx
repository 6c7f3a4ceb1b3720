import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/i18n/format';
import { orderTouchpoints } from '../../shared/layout/journeyOrder';
import {
  channelLabel,
  computeReport,
  emotionChartSvg,
  pyramidChartSvg,
  warningSentences,
  type Report,
  type ReportWords,
} from '../../shared/report';
import type { Journey } from '../../shared/model';
import { useDocument, useEditor } from '../editor/EditorContext';
import { useResolvedTheme } from '../settings/theme';
import { CompareReportSection } from './CompareReport';
import { PersonaFindings } from './PersonaFindings';
import { ReportTables } from './ReportTables';
import { reportWords } from './reportWords';
import { svgDataUrl } from './svgImage';
import '../styles/report.css';

/** The CX report as a dashboard beside the map, recomputed as the map changes. */
export function ReportPanel() {
  const { t, i18n } = useTranslation();
  const { view } = useEditor();
  const journey = useDocument((s) => s.journey);
  const report = useMemo(() => computeReport(journey), [journey]);
  // The charts are drawn in the theme and the language on screen, and redrawn when either changes.
  const theme = useResolvedTheme();
  const words = useMemo(() => reportWords(t, i18n.language), [t, i18n.language]);
  const charts = useMemo(
    () => ({
      emotion: svgDataUrl(emotionChartSvg(journey, { words, theme, width: 440 }).svg),
      pyramid: svgDataUrl(pyramidChartSvg(report, { words, theme }).svg),
    }),
    [journey, report, words, theme],
  );
  return (
    <aside className="report-panel" aria-label={t('report.label')}>
      <header className="report-panel__header">
        <h2>{t('report.label')}</h2>
        <button type="button" onClick={() => view.getState().set({ reportOpen: false })}>
          {t('report.close')}
        </button>
      </header>
      <CompareReportSection />
      <Totals report={report} />
      <section aria-labelledby="report-emotion">
        <h3 id="report-emotion">{t('report.emotionCurve')}</h3>
        <img className="report-panel__chart" src={charts.emotion} alt={t('report.emotionCurve')} />
      </section>
      <section aria-labelledby="report-pyramid">
        <h3 id="report-pyramid">{t('report.pyramid')}</h3>
        <img
          className="report-panel__chart report-panel__chart--pyramid"
          src={charts.pyramid}
          alt={t('report.pyramid')}
        />
      </section>
      <Warnings report={report} journey={journey} words={words} />
      <ReportTables report={report} journey={journey} />
      <PersonaFindings journey={journey} report={report} words={words} />
    </aside>
  );
}

function Totals({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const items = [
    ['report.stages', report.totals.stages],
    ['report.touchpoints', report.totals.touchpoints],
    ['report.painPoints', report.totals.painPoints],
    ['report.momentsOfTruth', report.totals.momentsOfTruth],
    // A blueprint's steps and a journey's several personas; a plain journey map shows neither.
    ...(report.totals.steps > 0 ? ([['personas.report.steps', report.totals.steps]] as const) : []),
    ...(report.totals.personas > 1 ? ([['personas.report.personas', report.totals.personas]] as const) : []),
  ] as const;
  return (
    <section aria-label={t('report.totals')}>
      <dl className="report-panel__totals">
        {items.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{formatNumber(value, i18n.language)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Warnings({ report, journey, words }: { report: Report; journey: Journey; words: ReportWords }) {
  const { t } = useTranslation();
  // The same warnings as the report's, worded in the UI language with every fact they name.
  const sentences = useMemo(
    () =>
      warningSentences(journey, orderTouchpoints(journey), {
        translate: words.translate,
        untitled: words.map.untitled,
        channelName: (id) => channelLabel(journey, words, id),
      }),
    [journey, words],
  );
  return (
    <section aria-labelledby="report-warnings">
      <h3 id="report-warnings">{t('report.warnings')}</h3>
      {report.warnings.length === 0 ? (
        <p className="report-panel__empty">{t('report.noWarnings')}</p>
      ) : (
        <ul className="report-panel__warnings">
          {sentences.map((w, i) => (
            <li key={`${w.code}-${w.stageId}-${w.touchpointId ?? ''}-${i}`} data-code={w.code}>
              {w.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
