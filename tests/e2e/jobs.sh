#!/usr/bin/env bash
# --jobs: every command writes the same bytes with one job and with several, and stderr carries
# no progress line when it is not a terminal.
# Usage: bash tests/e2e/jobs.sh /path/to/gazette   (from the repo root)
set -u
g=${1:?usage: jobs.sh /path/to/gazette}
. "$(dirname "$0")/lib/assert.bash"

# Eight inputs (the samples twice, under other names) so both jobs have several issues, plus
# an unreadable one in the middle whose error must stay in its place.
mkdir -p "$t/in"
for f in tests/corpus/*.txt; do
  cp "$f" "$t/in/a-$(basename "$f")"
  cp "$f" "$t/in/c-$(basename "$f")"
done
printf '\x00\x01binary' >"$t/in/b-broken.txt"

same() {  # same NAME ARGS...: the command's stdout and stderr with --jobs 1 equal those with --jobs 2 and 3
  local name=$1; shift
  "$g" "$@" --jobs 1 >"$t/$name.1" 2>"$t/$name.1.err"; local c1=$?
  for j in 2 3; do
    "$g" "$@" --jobs $j >"$t/$name.$j" 2>"$t/$name.$j.err"; local cj=$?
    if [ "$c1" -eq "$cj" ] && cmp -s "$t/$name.1" "$t/$name.$j" && cmp -s "$t/$name.1.err" "$t/$name.$j.err"; then
      ok
    else
      bad "$name: --jobs 1 and --jobs $j differ (exit $c1/$cj)"
    fi
  done
  [ -s "$t/$name.1" ] || [ "$name" = check ] && ok || bad "$name: no output"  # the samples add up
}

same summary summary "$t/in"
same documents documents --format json "$t/in"
same articles articles --format json "$t/in"
same tables tables --format json "$t/in"
same deadlines deadlines --format json "$t/in"
same refs refs --format json "$t/in"
same refs-tsv refs "$t/in"
same refs-repeals refs --type repeals "$t/in"
same xref xref --format json "$t/in"
same xref-all xref --all --format json "$t/in"
same check check "$t/in"
same status status 京人社发〔2023〕10号 "$t/in" --as-of 2025-01-01
same query query "count(//document)" "$t/in" --as-of 2025-01-01
same tables-csv tables --format csv "$t/in"
same tables-doc tables --doc 京人社发〔2023〕10号 "$t/in"
same search search 人力资源 "$t/in"
same search-limit search 人力资源 "$t/in" --limit 3 --format json
same diff-superseded diff --superseded "$t/in" tests/data/diff-regulation-v2.txt
same diff-superseded-json diff --superseded --format json "$t/in" tests/data/diff-regulation-v2.txt

# xlsx: the same bytes, its creation time (docProps/core.xml) the as-of day's start included.
for cmd in "xlsx --as-of 2025-01-01" "tables --format xlsx"; do
  for j in 1 2; do "$g" $cmd -o "$t/book$j.xlsx" "$t/in" --jobs $j 2>/dev/null; done
  [ -s "$t/book1.xlsx" ] && cmp -s "$t/book1.xlsx" "$t/book2.xlsx" && ok || bad "$cmd: --jobs 1 and 2 workbooks differ"
done
core() {  # core FILE.xlsx: its docProps/core.xml
  /usr/bin/python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("docProps/core.xml"))' "$1"
}
core "$t/book1.xlsx" 2>/dev/null | grep -q 'created xsi:type="dcterms:W3CDTF">20' && ok || bad "xlsx: no creation time recorded"
"$g" xlsx --as-of 2025-01-01 -o "$t/dated.xlsx" "$t/in" 2>/dev/null
core "$t/dated.xlsx" 2>/dev/null | grep -q '>2025-01-01T00:00:00Z<' && ok || bad "xlsx: the creation time is not the as-of day's start"

# xml: every file of the export directory the same.
"$g" xml -o "$t/x1" "$t/in" --as-of 2025-01-01 --jobs 1 2>/dev/null
"$g" xml -o "$t/x2" "$t/in" --as-of 2025-01-01 --jobs 2 2>/dev/null
"$g" xml -o "$t/x3" "$t/in" --as-of 2025-01-01 --jobs 3 2>/dev/null
diff -r "$t/x1" "$t/x2" >/dev/null && ok || bad "xml: --jobs 1 and --jobs 2 exports differ"
diff -r "$t/x1" "$t/x3" >/dev/null && ok || bad "xml: --jobs 1 and --jobs 3 exports differ"
[ "$(ls "$t/x1" | wc -l)" -eq 9 ] && ok || bad "xml: expected 8 issues and corpus.xml, got $(ls "$t/x1")"

# index: the same rows whatever --jobs (read back through the index), the broken input's error
# in the same place, and the same counts.
"$g" index "$t/in" --db "$t/i1.db" --jobs 1 >/dev/null 2>"$t/index.1.err"; c1=$?
"$g" index "$t/in" --db "$t/i3.db" --jobs 3 >/dev/null 2>"$t/index.3.err"; c3=$?
[ "$c1" -eq 3 ] && [ "$c3" -eq 3 ] && ok || bad "index: exit $c1/$c3, wanted 3 (one unreadable input)"
sed "s|i1.db|iN.db|" "$t/index.1.err" >"$t/index.1.norm"
sed "s|i3.db|iN.db|" "$t/index.3.err" >"$t/index.3.norm"
cmp -s "$t/index.1.norm" "$t/index.3.norm" && ok || bad "index: stderr differs: $(cat "$t/index.1.err" "$t/index.3.err")"
grep -q "8 added" "$t/index.3.err" && ok || bad "index: $(cat "$t/index.3.err")"
for cmd in "refs --format json" "deadlines --format json" "search 人力资源 --format json"; do
  "$g" $cmd --db "$t/i1.db" >"$t/db.1" 2>&1
  "$g" $cmd --db "$t/i3.db" >"$t/db.3" 2>&1
  [ -s "$t/db.1" ] && cmp -s "$t/db.1" "$t/db.3" && ok || bad "index --jobs 1 and 3: $cmd differs"
done

# The broken input's one error line, and nothing else on a pipe: no progress line.
[ "$(wc -l <"$t/summary.1.err")" -eq 1 ] && ok || bad "summary: stderr is not one error line: $(cat "$t/summary.1.err")"
grep -q 'b-broken.txt' "$t/summary.1.err" && ok || bad "summary: the error does not name the broken input"

finish jobs
