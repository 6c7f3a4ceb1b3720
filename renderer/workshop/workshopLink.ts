/** Join links are read in shared/ (the desktop app's main process checks sync addresses by the same rules). */
export * from '../../shared/workshop/joinLink';
