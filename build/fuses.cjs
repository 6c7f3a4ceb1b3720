/* global module, console -- CommonJS: electron-builder require()s its hooks, and shows what they print. */
/**
 * electron-builder afterPack hook (electron-builder.yml `afterPack`): flips Electron's fuses in
 * the packaged binary before it is signed, then reads them back and fails the build if any
 * did not take. See https://www.electronjs.org/docs/latest/tutorial/fuses.
 */

/** The fuses this app sets, by their @electron/fuses FuseV1Options name. Others keep Electron's default. */
const FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node interpreter.
  RunAsNode: false,
  // NODE_OPTIONS could preload arbitrary code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk would let anyone on the machine attach a debugger to main.
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash recorded at packaging (macOS and Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only resources/app.asar is loaded, never a resources/app folder dropped beside it.
  OnlyLoadAppFromAsar: true,
});

/** electron-builder's Arch enum values that need the macOS ad-hoc signature renewed. */
const ARM64 = 3;
const UNIVERSAL = 4;
/** How the fuse wire stores a fuse's state: the ASCII digits "0" and "1". */
const WIRE = { false: '0'.charCodeAt(0), true: '1'.charCodeAt(0) };

/** The packaged executable electron-builder writes for each platform. */
function electronBinaryPath(context, join) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

/** FUSES as the FuseV1 config @electron/fuses takes; an unknown fuse name is an error, not a no-op. */
function fuseConfig(fusesLib, context) {
  const config = {
    version: fusesLib.FuseVersion.V1,
    resetAdHocDarwinSignature:
      context.electronPlatformName === 'darwin' && (context.arch === ARM64 || context.arch === UNIVERSAL),
  };
  for (const [name, enabled] of Object.entries(FUSES)) {
    const index = fusesLib.FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses has no fuse named ${name}`);
    config[index] = enabled;
  }
  return config;
}

/**
 * @param context electron-builder's AfterPackContext
 * @param fusesLib the @electron/fuses module (tests pass a stand-in that records the calls)
 */
async function afterPack(context, fusesLib) {
  const lib = fusesLib ?? (await import('@electron/fuses'));
  const { join } = await import('node:path');
  const binary = electronBinaryPath(context, join);
  await lib.flipFuses(binary, fuseConfig(lib, context));
  const wire = await lib.getCurrentFuseWire(binary);
  const wrong = Object.entries(FUSES).filter(([name, on]) => wire[lib.FuseV1Options[name]] !== WIRE[on]);
  if (wrong.length > 0)
    throw new Error(`Electron fuses did not take in ${binary}: ${wrong.map(([n]) => n).join(', ')}`);
  // Said in electron-builder's log (not when a test hands in its own fuse library).
  if (!fusesLib) {
    const states = Object.entries(FUSES).map(([name, on]) => `${name} ${on ? 'on' : 'off'}`);
    console.log(`  • build/fuses.cjs: fuses read back from ${binary}: ${states.join(', ')}`);
  }
}

module.exports = afterPack;
module.exports.FUSES = FUSES;
module.exports.electronBinaryPath = electronBinaryPath;
