#!/usr/bin/env bash
# End-to-end: -o never harms what it replaces. A regular file is replaced atomically and keeps its
# mode, and is kept when no input could be read; a symlink is followed and its target replaced; a FIFO, a character device and /dev/stdout
# are written in place; every failure names the path and the system's reason (exit 4); a run
# killed with SIGKILL while writing the workbook or the XML leaves the old files intact; an
# export replaced under a low limit of open files still replaces every file.
set -u
g=${1:?usage: output_safety.sh /path/to/gazette}
source "$(dirname "$0")/lib/assert.bash"
issue=tests/corpus/2024-38.txt

# a regular file of mode 600 is replaced and stays 600
echo old >"$t/docs.tsv" && chmod 600 "$t/docs.tsv"
expect_exit 0 "documents -o regular" -- "$g" documents "$issue" -o "$t/docs.tsv"
[ "$(stat -c %a "$t/docs.tsv")" = 600 ] && ok || bad "mode 600 kept, got $(stat -c %a "$t/docs.tsv")"
head -1 "$t/docs.tsv" | grep -q '^source	line	docno' && ok || bad "regular file replaced"

# a run that could read none of its inputs leaves an existing output as it was (exit 3), for the
# commands that write while they read and for those that read first
for cmd in summary documents articles tables deadlines refs check xref; do
  echo precious >"$t/kept.out"
  expect_exit 3 "$cmd -o, no input readable" -- "$g" "$cmd" "$t/none.txt" -o "$t/kept.out"
  [ "$(cat "$t/kept.out")" = precious ] && ok || bad "$cmd: the old output was replaced"
done
# one input read of two: the output is the one read
expect_exit 3 "documents -o, one input of two readable" -- "$g" documents "$t/none.txt" "$issue" -o "$t/kept.out"
grep -q '^source	line	docno' "$t/kept.out" && ok || bad "one readable input: output written"

# a symlink is followed: the link stays a link, the file it points to gets the output (mode kept)
mkdir "$t/real" && echo old >"$t/real/target.tsv" && chmod 640 "$t/real/target.tsv"
ln -s real/target.tsv "$t/link.tsv"
expect_exit 0 "documents -o symlink" -- "$g" documents "$issue" -o "$t/link.tsv"
[ -L "$t/link.tsv" ] && ok || bad "symlink replaced by a file"
head -1 "$t/real/target.tsv" | grep -q '^source' && ok || bad "symlink target written"
[ "$(stat -c %a "$t/real/target.tsv")" = 640 ] && ok || bad "target mode 640 kept"
ls -a "$t/real" | grep -q 'tmp' && bad "temporary left beside the target" || ok
# a dangling symlink: the file it names is created, the link kept
ln -s real/new.tsv "$t/dangling.tsv"
expect_exit 0 "documents -o dangling symlink" -- "$g" documents "$issue" -o "$t/dangling.tsv"
[ -L "$t/dangling.tsv" ] && [ -s "$t/real/new.tsv" ] && ok || bad "dangling symlink: target created"

# a FIFO is written in place: its reader gets the output, the FIFO stays a FIFO
mkfifo "$t/fifo"
cat "$t/fifo" >"$t/from-fifo" &
reader=$!
expect_exit 0 "documents -o fifo" -- timeout 60 "$g" documents "$issue" -o "$t/fifo"
wait "$reader"
[ -p "$t/fifo" ] && ok || bad "FIFO replaced by a file"
cmp -s "$t/from-fifo" "$t/docs.tsv" && ok || bad "FIFO reader got the output"

# /dev/stdout is written in place (here a pipe), and so is a character device
"$g" documents "$issue" -o /dev/stdout 2>"$t/err" | cmp -s - "$t/docs.tsv" && ok || bad "-o /dev/stdout: $(cat "$t/err")"
expect_exit 0 "-o /dev/null" -- "$g" documents "$issue" -o /dev/null
[ -c /dev/null ] && ok || bad "/dev/null is still a device"

# failures name the path and the system's reason, exit 4
expect_exit 4 "-o /dev/full" -- "$g" documents "$issue" -o /dev/full
grep -qx 'gazette: /dev/full: write failed (No space left on device)' "$t/err" && ok || bad "/dev/full: $(cat "$t/err")"
[ -c /dev/full ] && ok || bad "/dev/full is still a device"
# an output larger than the stream's buffer fails while it is written, not at the end: the reason
# is still the system's (the articles of the four samples as JSON: megabytes)
expect_exit 4 "-o /dev/full, a large output" -- "$g" articles --format json tests/corpus/*.txt -o /dev/full
grep -qx 'gazette: /dev/full: write failed (No space left on device)' "$t/err" && ok || bad "/dev/full, large: $(cat "$t/err")"
# standard output too: the reason, not only that it failed
expect_exit 4 "stdout on /dev/full" -- sh -c '"$0" articles --format json "$1" >/dev/full' "$g" "$issue"
grep -qx 'gazette: stdout: write failed (No space left on device)' "$t/err" && ok || bad "stdout full: $(cat "$t/err")"
expect_exit 4 "missing directory" -- "$g" documents "$issue" -o "$t/none/x.tsv"
grep -qx "gazette: $t/none/x.tsv: cannot create (No such file or directory)" "$t/err" && ok || bad "missing dir: $(cat "$t/err")"
expect_exit 4 "workbook into a missing directory" -- "$g" xlsx "$issue" -o "$t/none/x.xlsx"
grep -qx "gazette: $t/none/x.xlsx: cannot create (No such file or directory)" "$t/err" && ok || bad "xlsx missing dir: $(cat "$t/err")"
expect_exit 4 "a directory as output" -- "$g" documents "$issue" -o "$t/real"
grep -qx "gazette: $t/real: is a directory, not a file" "$t/err" && ok || bad "directory: $(cat "$t/err")"
if [ "$(id -u)" -ne 0 ]; then  # root writes anywhere
  mkdir "$t/ro" && chmod 500 "$t/ro"
  expect_exit 4 "read-only directory" -- "$g" documents "$issue" -o "$t/ro/x.tsv"
  grep -q "Permission denied" "$t/err" && ok || bad "read-only: $(cat "$t/err")"
fi

# SIGKILL while writing: the old workbook and XML files are intact. Twenty-five copies of the
# corpus make the run long enough (three ran 50-70 ms by the nineteenth round, and a loaded CI
# machine polled past the whole run once); the kill comes as soon as a temporary file appears
# beside the output.
mkdir "$t/many"
for i in $(seq 1 25); do for f in tests/corpus/*.txt; do cp "$f" "$t/many/$i-$(basename "$f")"; done; done
# kill_when_writing PATTERN -- command…: runs it, SIGKILLs it once a file matches PATTERN; true if killed.
kill_when_writing() {
  local pattern=$1; shift 2
  "$@" >/dev/null 2>&1 &
  local pid=$! n
  for n in $(seq 1 60000); do
    if compgen -G "$pattern" >/dev/null; then kill -9 "$pid"; wait "$pid"; return 0; fi
    kill -0 "$pid" 2>/dev/null || { wait "$pid"; return 1; }
    sleep 0.005
  done
  kill -9 "$pid"; wait "$pid"; return 1
}
expect_exit 0 "old workbook" -- "$g" xlsx tests/corpus/2024-38.txt -o "$t/book.xlsx"
cp "$t/book.xlsx" "$t/book.before"
kill_when_writing "$t/.book.xlsx.tmp*" -- "$g" xlsx "$t/many" -o "$t/book.xlsx" && ok || bad "xlsx run not caught writing"
cmp -s "$t/book.xlsx" "$t/book.before" && ok || bad "workbook damaged by a killed run"
expect_exit 0 "old xml" -- "$g" xml tests/corpus/2024-38.txt -o "$t/xml"
cp -r "$t/xml" "$t/xml.before"
kill_when_writing "$t/xml/.*.tmp*" -- "$g" xml "$t/many" -o "$t/xml" && ok || bad "xml run not caught writing"
# corpus.xml is written last: the killed run never reached it
cmp -s "$t/xml.before/corpus.xml" "$t/xml/corpus.xml" && ok || bad "corpus.xml damaged by a killed run"
xmllint --noout "$t/xml"/*.xml 2>/dev/null && ok || bad "every XML file left is well-formed"

# an export replaced under a low limit of open files: each file replaced waits to be freed with
# a descriptor of its own (util/replaced_files.hpp), as many as the limit allows, and no more
expect_exit 0 "akn export" -- "$g" xml --flavor akn tests/corpus/20*.txt -o "$t/akn"
find "$t/akn" -name '*.xml' | sort | xargs md5sum >"$t/akn.sums"
[ "$(wc -l <"$t/akn.sums")" -gt 24 ] && ok || bad "more documents than the limit below"
(ulimit -n 24 && "$g" xml --flavor akn -q tests/corpus/20*.txt -o "$t/akn") && ok || bad "akn export replaced under ulimit -n 24"
find "$t/akn" -name '*.xml' | sort | xargs md5sum | cmp -s - "$t/akn.sums" && ok || bad "the replaced export differs"
find "$t/akn" -name '.*' | grep -q . && bad "temporary left in the akn export" || ok

# -o naming one of the inputs (a file, or one a directory holds) is refused before anything is read:
# the issue's text is never replaced by the records read from it
cp tests/corpus/2024-38.txt "$t/same.txt"
expect_exit 2 "-o one of the inputs" -- "$g" documents "$t/same.txt" -o "$t/same.txt"
grep -q "is one of the inputs" "$t/err" && ok || bad "-o an input: $(cat "$t/err")"
cmp -s tests/corpus/2024-38.txt "$t/same.txt" && ok || bad "the input was replaced"
mkdir -p "$t/indir" && cp tests/corpus/2024-38.txt "$t/indir/a.txt"
expect_exit 2 "xlsx -o a file of an input directory" -- "$g" xlsx "$t/indir" -o "$t/indir/a.txt"
cmp -s tests/corpus/2024-38.txt "$t/indir/a.txt" && ok || bad "the input in the directory was replaced"

# a file name that is not UTF-8 (a Windows share's, a zip's) is written with U+FFFD, never an error
mkdir -p "$t/latin" && cp tests/corpus/2024-38.txt "$t/latin/lat$(printf '\xe9').txt"
expect_exit 0 "tables --format csv of a non-UTF-8 file name" -- "$g" tables "$t/latin" --format csv
grep -q "lat.*\.txt" "$t/out" && ok || bad "csv source of a non-UTF-8 name"
expect_exit 0 "index of a non-UTF-8 file name" -- "$g" index "$t/latin" --db "$t/latin.db" -q

finish output_safety
