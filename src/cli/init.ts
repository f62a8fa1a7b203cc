// The starter config `claimcheck init` writes: every setting, commented, at its default.

export const STARTER_CONFIG_FILE = ".claimcheckrc.yaml";

export const STARTER_CONFIG = `# yaml-language-server: $schema=./node_modules/claimcheck/schema/config.schema.json
# claimcheck's settings. Flags on the command line win over these; paths are relative to this
# file's folder and may not lead outside it. \`claimcheck check --print-config\` shows the
# settings in force.

# Claims files or globs (YAML or JSON).
claims:
  - claims/**/*.yaml

# A folder, or a list of folders, of source articles (.txt, .text, .md, .markdown).
sources: sources

# Verdicts that fail the run (exit code 1).
failOn: [conflicting, unsourced]

# How many conflicting and unsourced claims to tolerate before they fail the run.
maxConflicting: 0
maxUnsourced: 0

# Output formats: text, json, sarif, github, junit, markdown, html. "sarif=claimcheck.sarif" writes
# that format to a file; the others print.
format:
  - text

# Report failing claims only.
quiet: false

# A source that cannot be read (binary, not UTF-8, bad front matter) is skipped and reported,
# and the run then fails with exit code 2; true lets the claims alone decide.
allowSkippedSources: false

# The index cache folder, or false for none. By default node_modules/.cache/claimcheck: a
# folder that git tracks is refused, as a pull request could write it.
# cache: node_modules/.cache/claimcheck

# Lexicon files of your own, added to the shipped one (lexicon/en/ shows the form): words your
# sources use for the same thing, opposites, words that never count.
# lexicon:
#   - claimcheck-words.yaml

# Limits on what is read.
maxFileSize: 20971520    # bytes, per claims or source file
maxClaimLength: 10000    # characters, per claim
maxClaims: 1000000       # per run, over all claims files
`;
