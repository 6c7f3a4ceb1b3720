export * from './formats';
export * from './pageSizes';
export * from './options';
export * from './raster';
export * from './messages';
export * from './pdfLayout';
export * from './pipeline';
