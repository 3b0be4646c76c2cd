# What .ci/run and .ci/prepare-machine share: reporting, and reading commands and blocks out of the
# Markdown files that hold them. Sourced, never run.

# The start of the whole CI run, which a script run from .ci/run inherits: its times count from there.
export ci_started=${ci_started:-$(date +%s)}

say() {
  local elapsed=$(($(date +%s) - ci_started))
  echo "ci [$((elapsed / 60))m$((elapsed % 60))s]: $*"
}
fail() { echo "ci: FAILED: $*" >&2; exit 1; }

strip_colors() { sed 's/\x1b\[[0-9;]*m//g'; }

# The line of a fenced block in FILE that is COMMAND, or else the one that starts with it, exactly
# as written there.
readme_command() {
  local file=$1 prefix=$2 line
  line=$(awk -v prefix="$prefix" '/^```/ { fenced = !fenced; next } fenced && $0 == prefix' "$file")
  [[ -n $line ]] || line=$(awk -v prefix="$prefix" '/^```/ { fenced = !fenced; next } fenced && index($0, prefix) == 1' "$file")
  [[ -n $line && $(wc -l <<<"$line") -eq 1 ]] || fail "$file has no single command starting with: $prefix"
  printf '%s\n' "$line"
}

# The fenced ```LANG blocks of the section of FILE whose heading is HEADING: the Nth, or every one
# with N "all". The section ends at the next heading; with "deep", at the next one of its level or
# above, so that its subsections' blocks count too.
doc_block() {
  local file=$1 heading=$2 lang=$3 n=$4 deep=0 block
  [[ ${5:-} == deep ]] && deep=1
  block=$(awk -v heading="$heading" -v open='```'"$lang" -v n="$n" -v deep="$deep" '
    /^```/ && !fenced { fenced = 1; wanted = in_section && $0 == open && (n == "all" || ++count == n); next }
    /^```$/ && fenced { fenced = 0; next }
    fenced { if (wanted) print; next }
    /^#+ / {
      if ($0 == heading) { in_section = 1; level = index($0, " ") }
      else if (!deep || index($0, " ") <= level) in_section = 0
    }
  ' "$file")
  [[ -n $block ]] || fail "$file has no block $n of $lang under \"$heading\""
  printf '%s\n' "$block"
}
