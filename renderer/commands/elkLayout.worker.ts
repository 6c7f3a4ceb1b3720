/**
 * ELK's layout engine in a Web Worker of its own build (Vite bundles this file separately), so
 * its 1.6 MB never loads with the window and a layout never blocks the UI thread. elkjs's
 * worker script answers elk-api's messages itself once loaded in a worker scope.
 */
import 'elkjs/lib/elk-worker.min.js';
