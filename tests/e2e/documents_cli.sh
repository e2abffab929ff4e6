#!/usr/bin/env bash
# End-to-end: `gazette summary` and `gazette documents` on the sample corpus, and the exit
# codes and one-line errors for bad input (DESIGN.md: 2 usage, 3 input, 4 output).
set -u
g=${1:?usage: documents_cli.sh /path/to/gazette}
source "$(dirname "$0")/lib/assert.bash"

# summary: one line per issue then one per document (2024-38.txt: 7 documents)
expect_exit 0 "summary" -- "$g" summary tests/corpus/2024-38.txt
grep -q '2024年第38期(总第866期)	2024-11-15	7 documents' "$t/out" && ok || bad "summary issue line"
[ "$(grep -c '^  京' "$t/out")" -eq 7 ] && ok || bad "summary document lines"

# documents --format json: JSON Lines with exactly the documented keys
expect_exit 0 "documents json" -- "$g" documents --format json tests/corpus
[ "$(wc -l <"$t/out")" -eq 33 ] && ok || bad "33 documents in the corpus, got $(wc -l <"$t/out")"
/usr/bin/python3 - "$t/out" <<'PY' && ok || bad "documents json keys"
import json, sys
keys = ["source", "line", "docno", "title", "issuers", "recipients", "date", "type", "attachments", "page", "title_en", "id", "joint_docnos"]
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    assert list(r) == keys, list(r)
    assert isinstance(r["issuers"], list) and isinstance(r["attachments"], list)
    # the id other commands name it by: its 文号, else <issue>#<n>
    assert r["id"] == r["docno"] or (not r["docno"] and "#" in r["id"]), r
first = json.loads(open(sys.argv[1], encoding="utf-8").readline())
# 2021-44.txt:72 is the first document of the first file in sorted order
assert first["docno"] == "京人社事业发〔2021〕32号", first
assert first["line"] == 67 and first["page"] == 6 and first["date"] == "2021-08-20", first
PY

# stdin works like a file
"$g" documents --format json - <tests/corpus/2023-42.txt >"$t/stdin.jsonl" 2>/dev/null && ok || bad "stdin"
grep -q '"source":"-"' "$t/stdin.jsonl" && ok || bad "stdin source is -"

# -o writes through a temporary file; an unwritable target leaves nothing behind, exit 4
expect_exit 0 "documents -o" -- "$g" documents tests/corpus/2023-42.txt -o "$t/docs.tsv"
head -1 "$t/docs.tsv" | grep -q '^source	line	docno' && ok || bad "tsv header"
expect_exit 4 "unwritable output" -- "$g" documents tests/corpus/2023-42.txt -o /nonexistent/dir/x.tsv
grep -q '^gazette: /nonexistent/dir/x.tsv' "$t/err" && ok || bad "output error names the file"

# bad input: empty, binary, invalid text, missing — one line each naming the file, exit 3,
# and the good inputs are still processed
: >"$t/empty.txt"
printf '\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00' >"$t/binary.txt"
printf '\x80\x80\x80\xff\xfe\xfd abc \xc3' >"$t/invalid.txt"
expect_exit 3 "bad inputs" -- "$g" summary "$t/empty.txt" "$t/binary.txt" "$t/invalid.txt" /nonexistent.txt tests/corpus/2024-38.txt
[ "$(wc -l <"$t/err")" -eq 4 ] && ok || bad "one error line per bad input: $(cat "$t/err")"
grep -q "empty.txt: empty input" "$t/err" && ok || bad "empty named"
grep -q "binary.txt" "$t/err" && ok || bad "binary named"
grep -q "invalid.txt" "$t/err" && ok || bad "invalid named"
grep -q '7 documents' "$t/out" && ok || bad "good input still processed"

# usage errors: exit 2
expect_exit 2 "no subcommand" -- "$g"
expect_exit 2 "unknown format" -- "$g" documents --format xml tests/corpus/2024-38.txt
expect_exit 0 "help" -- "$g" documents --help
grep -q -- '--format' "$t/out" && ok || bad "help lists --format"

# --grammars DIR: a copy of the built-in grammars gives the same documents; a broken pattern
# is a usage error naming the file and line; a missing directory is a usage error
mkdir -p "$t/grammars"
cp grammars/*.grammar "$t/grammars/"
"$g" --grammars "$t/grammars" documents tests/corpus/2024-38.txt >"$t/override.tsv" 2>"$t/err" && ok || bad "grammars copy"
"$g" documents tests/corpus/2024-38.txt | cmp -s - "$t/override.tsv" && ok || bad "grammars copy gives the same output"
printf 'pattern docno (unclosed\n' >"$t/grammars/docno.grammar"
expect_exit 2 "broken grammar" -- "$g" --grammars "$t/grammars" documents tests/corpus/2024-38.txt
grep -q 'docno.grammar:1: pattern docno does not compile' "$t/err" && ok || bad "grammar error names file:line: $(cat "$t/err")"
expect_exit 2 "missing grammar dir" -- "$g" --grammars /nonexistent documents tests/corpus/2024-38.txt

finish documents_cli
