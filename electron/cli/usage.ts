export const USAGE = `journey-studio: customer journey maps from the command line

usage:
  journey-studio validate <file>...                 check files (exit 0 valid, 1 invalid, 2 unreadable)
  journey-studio new [--template <id>] [--lang <lang>] --out <file>
                                                    create a journey from a template (en, zh-CN or zh-TW)
  journey-studio templates [--lang <lang>]          list template ids with a one-line description
  journey-studio export <file> --format png|svg|pdf|html|md|csv|json --out <path> [--scale N] [--page a4|a3|letter|tabloid] [--theme light|dark]
                                                    export the map or the CX report
  journey-studio report <file> [--format json|md|html|csv] [--out <path>]
                                                    the CX report, to standard output or a file
  journey-studio --help | --version

Run "journey-studio <command> --help" for a command's options.
`;
