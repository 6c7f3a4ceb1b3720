import { createContext, useContext } from 'react';
import type { Dispatcher } from '../commands/dispatcher';

/** Lets lane headers and edges run commands without threading the dispatcher through React Flow data. */
export const DispatcherContext = createContext<Dispatcher | null>(null);

export function useDispatcher(): Dispatcher {
  const dispatcher = useContext(DispatcherContext);
  if (!dispatcher) throw new Error('useDispatcher must be used inside DispatcherContext');
  return dispatcher;
}
