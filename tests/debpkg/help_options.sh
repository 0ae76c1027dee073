# Sourced by the tests here: the commands and options the judge itself lists.

# The commands: the first word of each indented line under "commands:" in `judge --help`.
judge_commands() {
  "$1" --help | sed -n '/^commands:/,/^$/{s/^  \([a-z][a-z-]*\) .*/\1/p}'
}

# The long options of `judge CMD --help` (boost::program_options: "  --name arg" or
# "  -j [ --jobs ] arg"), sorted.
judge_options() {
  "$1" "$2" --help | sed -n 's/^  \(-[A-Za-z] \[ \)\{0,1\}\(--[a-z][a-z0-9-]*\).*/\2/p' | sort -u
}
