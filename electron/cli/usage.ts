export const USAGE = `journey-studio: customer journey maps from the command line

usage:
  journey-studio validate <file>...                 check files (exit 0 valid, 1 invalid, 2 unreadable)
  journey-studio new [--template <id>] --out <file> create a journey from a template
  journey-studio templates                          list template ids
  journey-studio --help | --version

Run "journey-studio <command> --help" for a command's options.
`;
