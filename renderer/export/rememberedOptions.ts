/**
 * The Export dialog's choices, remembered between openings and restarts: kept in the settings
 * through the Host (the desktop's settings file, the browser's localStorage), so both hosts
 * remember the same way. A failed write only means the next opening starts from the defaults.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportDefaults, Host } from '../../shared/host';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './exportFormats';

/** The dialog's options from what the settings remember; options they do not keep stay as they were. */
export function optionsFromDefaults(
  remembered: ExportDefaults,
  base: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): ExportOptions {
  return { ...base, ...remembered };
}

/** What the settings keep of the dialog's options. */
export function defaultsFromOptions(options: ExportOptions): ExportDefaults {
  const { format, scale, background, theme, page, orientation } = options;
  return { format, scale, background, theme, page, orientation };
}

export function useRememberedExportOptions(
  host: Pick<Host, 'getSettings' | 'setSettings'>,
): [ExportOptions, (patch: Partial<ExportOptions>) => void] {
  const [options, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT_OPTIONS);
  const current = useRef(options);
  // A choice made before the settings arrive wins over what they remember.
  const touched = useRef(false);
  useEffect(() => {
    let live = true;
    host
      .getSettings()
      .then((settings) => {
        if (!live || touched.current) return;
        current.current = optionsFromDefaults(settings.exportDefaults, current.current);
        setOptions(current.current);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host]);
  const set = useCallback(
    (patch: Partial<ExportOptions>) => {
      touched.current = true;
      current.current = { ...current.current, ...patch };
      setOptions(current.current);
      void host.setSettings({ exportDefaults: defaultsFromOptions(current.current) }).catch(() => undefined);
    },
    [host],
  );
  return [options, set];
}
