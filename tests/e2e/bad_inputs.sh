#!/usr/bin/env bash
# End-to-end: the bad-input matrix. Each case: the input, the exit code and the one line on stderr
# (exit codes: 2 usage, 3 input). The inputs are generated here, none is kept in the repository.
set -u
g=${1:?usage: bad_inputs.sh /path/to/gazette}
source "$(dirname "$0")/lib/assert.bash"
issue=tests/corpus/2024-38.txt

# case CODE 'STDERR LINE (grep -x pattern)' -- command…: the exit code, and stderr is that one line.
case_() {
  local want=$1 line=$2; shift 2
  expect_exit "$want" "$*" "$@"
  if [ "$(wc -l <"$t/err")" -eq 1 ] && grep -qx -- "$line" "$t/err"; then ok; else bad "$*: stderr: $(head -c 300 "$t/err")"; fi
}

# Bytes that are not an issue: exit 3, one line naming the file (and line where there is one).
printf '\xff\xfeabc' >"$t/bom-le-odd.txt"           # UTF-16LE BOM, then 3 bytes of UTF-8
printf '\xfe\xff\xc3\xa9x' >"$t/bom-be-odd.txt"     # UTF-16BE BOM, then 3 bytes of UTF-8
: >"$t/empty.txt"
printf ' \n\t\r\n' >"$t/blank.txt"
printf 'abc\0def' >"$t/nul.txt"
printf '第一行\n第二行\x01\n' >"$t/control.txt"
printf '第一行\n\x80\x80\x80\xff\xfe\xfd abc\n' >"$t/invalid.txt"
case_ 3 "gazette: $t/bom-le-odd.txt: not UTF-16LE text (a byte-order mark, then an odd number of bytes)" -- "$g" documents "$t/bom-le-odd.txt"
case_ 3 "gazette: $t/bom-be-odd.txt: not UTF-16BE text (a byte-order mark, then an odd number of bytes)" -- "$g" summary "$t/bom-be-odd.txt"
case_ 3 "gazette: $t/empty.txt: empty input" -- "$g" check "$t/empty.txt"
case_ 3 "gazette: $t/blank.txt: empty input" -- "$g" articles "$t/blank.txt"
case_ 3 "gazette: $t/nul.txt:1: binary data (control characters), not text" -- "$g" tables "$t/nul.txt"
case_ 3 "gazette: $t/control.txt:2: binary data (control characters), not text" -- "$g" refs "$t/control.txt"
case_ 3 "gazette: $t/invalid.txt:2: .*" -- "$g" deadlines "$t/invalid.txt"
case_ 3 "gazette: /nonexistent.txt: no such file or directory" -- "$g" documents /nonexistent.txt
case_ 3 "gazette: -: empty input" -- "$g" documents - </dev/null

# A few bytes that are not text cost a character and a warning, never the issue: a stray byte in
# UTF-8 and in GB18030 (named on its own line), a control character. Every command warns, exit 0
# (documents the same as the clean file's); `check` lists the replacement (exit 1).
"$g" documents "$issue" >"$t/clean.tsv" 2>/dev/null
awk 'NR == 40 { $0 = "\377" $0 } { print }' "$issue" >"$t/stray.txt"
iconv -f UTF-8 -t GB18030 "$issue" | awk 'NR == 44 { $0 = "\377" $0 } { print }' >"$t/stray-gb.txt"
awk 'NR == 46 { $0 = "\177" $0 } { print }' "$issue" >"$t/control-ocr.txt"
case_ 0 "gazette: $t/stray.txt:40: warning: 1 byte sequence not valid UTF-8 replaced with U+FFFD, on line 40" -- "$g" documents "$t/stray.txt"
cut -f2- "$t/out" | cmp -s - <(cut -f2- "$t/clean.tsv") && ok || bad "a stray byte changed the documents"
case_ 0 "gazette: $t/stray-gb.txt:44: warning: 1 byte sequence not valid GB18030 replaced with U+FFFD, on line 44" -- "$g" refs "$t/stray-gb.txt"
case_ 0 "gazette: $t/control-ocr.txt:46: warning: 1 control character replaced with U+FFFD, on line 46" -- "$g" summary "$t/control-ocr.txt"
expect_exit 1 "check of a mended file" -- "$g" check "$t/stray.txt"
grep -q "stray.txt:40: replaced-bytes: 1 byte sequence not valid UTF-8" "$t/out" && ok || bad "check lists the replaced byte: $(head -c 300 "$t/out")"

# No record is still a table: TSV and CSV print their header (a reader sees the same columns). A
# --doc naming nothing printed or cited says so (an empty answer would read "nothing cites it").
expect_exit 0 "refs with no extension" -- "$g" refs --type extends "$issue"
[ "$(cat "$t/out")" = "$(printf 'source\tfrom\ttype\tto\ttitle\tresolved\ttext\tline')" ] && ok || bad "no record: header only: $(head -c 200 "$t/out")"
case_ 3 "gazette: refs: no document 北京市不存在的办法 in the inputs, printed or cited" -- "$g" refs --doc 北京市不存在的办法 "$issue"
[ ! -s "$t/out" ] && ok || bad "a failed run prints no header: $(head -c 200 "$t/out")"
case_ 3 "gazette: /nonexistent.txt: no such file or directory" -- "$g" documents /nonexistent.txt
[ ! -s "$t/out" ] && ok || bad "nothing read, nothing printed: $(head -c 200 "$t/out")"

# A title an old and a new version share (a regulation revised keeps its title), typed as printed:
# status, refs --doc and diff ask for the 文号 or id of one (exit 2), never answer for the first.
for y in 2010 2015; do
  printf '北京市人民政府关于印发《北京市游船管理办法（试行）》的通知\n\n京政发〔%s〕1号\n\n各区人民政府：\n\n现将《北京市游船管理办法（试行）》印发给你们。\n\n北京市人民政府\n\n%s年1月5日\n\n北京市游船管理办法（试行）\n\n第一条　为加强管理，制定本办法。\n' $y $y >"$t/ship$y.txt"
done
want="'北京市游船管理办法（试行）' is the title of 2 documents in the inputs (京政发〔2010〕1号, 京政发〔2015〕1号): give the 文号 or id of one"
case_ 2 "gazette: status: $want" -- "$g" status 北京市游船管理办法（试行） "$t/ship2010.txt" "$t/ship2015.txt"
case_ 2 "gazette: refs: $want" -- "$g" refs --doc 北京市游船管理办法（试行） "$t/ship2010.txt" "$t/ship2015.txt"
case_ 2 "gazette: diff: $want" -- "$g" diff --old 北京市游船管理办法（试行） --new 京政发〔2015〕1号 "$t/ship2010.txt" "$t/ship2015.txt"
# --old and --new naming one document (its 文号 and its instrument's title): refused, nothing compared.
case_ 2 "gazette: diff: '北京市游船管理办法（试行）' and '京政发〔2010〕1号' name the same document (京政发〔2010〕1号): give the 文号 or id of the other version" -- "$g" diff --old 北京市游船管理办法（试行） --new 京政发〔2010〕1号 "$t/ship2010.txt"

# No readable input: every command that reads issues says what it was given, exit 3.
mkdir "$t/none" && echo x >"$t/none/notes.md"
for cmd in summary documents articles tables deadlines refs xref check; do
  case_ 3 "gazette: $t/none: directory holds no \*.txt file to read" -- "$g" "$cmd" "$t/none"
done
case_ 3 "gazette: $t/none: directory holds no \*.txt file to read" -- "$g" status 京政发〔2023〕20号 "$t/none"
case_ 3 "gazette: $t/none: directory holds no \*.txt file to read" -- "$g" xml "$t/none" -o "$t/x"
case_ 3 "gazette: $t/none: directory holds no \*.txt file to read" -- "$g" xlsx "$t/none" -o "$t/x.xlsx"
case_ 3 "gazette: $t/none: directory holds no \*.txt file to read" -- "$g" search 通知 "$t/none"
case_ 3 "gazette: $t/none: directory holds no \*.txt file to read" -- "$g" query //document "$t/none"
[ ! -e "$t/x.xlsx" ] && ok || bad "no workbook written for no input"

# Numbers beyond int are read as text, never thrown: the 文号 serial, the attachment number and
# the English contents number of the regression inputs; every document is still read, exit 0.
for f in tests/fuzz/regressions/pipeline/*-beyond-int.txt; do
  expect_exit 0 "$f" -- "$g" documents --format json "$f"
  [ "$(wc -l <"$t/out")" -eq 1 ] && ok || bad "$f: one document"
done

# CR-only and CRLF line ends read like LF: the same documents at the same lines.
"$g" documents "$issue" >"$t/lf.tsv" 2>/dev/null
tr '\n' '\r' <"$issue" >"$t/cr.txt"
sed 's/$/\r/' "$issue" >"$t/crlf.txt"
for v in cr crlf; do
  "$g" documents "$t/$v.txt" 2>/dev/null | cut -f2- >"$t/$v.tsv"
  cut -f2- "$t/lf.tsv" | cmp -s - "$t/$v.tsv" && ok || bad "$v line ends give other documents"
done

# A document an extractor fails on (here a grammar past Boost's complexity bound): one line naming
# file:line and the document, exit 3, and the rest is still read — by search as by articles.
mkdir "$t/g"
sed 's|^pattern article_closing .*|pattern article_closing (?:.+.+)+\\d|' grammars/articles.grammar >"$t/g/articles.grammar"
gap=tests/data/article-gap.txt  # one document, 京测发〔2025〕1号, its header at line 39
failed="gazette: $gap:39: articles of document 京测发〔2025〕1号 failed (The complexity of matching .*); skipped"
case_ 3 "$failed" -- "$g" --grammars "$t/g" articles "$gap"
case_ 3 "$failed" -- "$g" --grammars "$t/g" search 本办法 "$gap"
grep -q $'\ttests/data/article-gap.txt:59\t' "$t/out" && ok || bad "search still prints its hits"

# Usage errors: one line, "gazette: …", naming the command or option, exit 2.
case_ 2 "gazette: unknown command 'frobnicate' (commands: .*)" -- "$g" frobnicate "$issue"
case_ 2 "gazette: no command given (commands: .*)" -- "$g"
case_ 2 "gazette: an argument is not UTF-8 text (arguments are read as UTF-8)" -- "$g" status $'\xe5\x8c' "$issue"
case_ 2 "gazette: documents: unknown option or argument '--frob' (see gazette documents --help)" -- "$g" documents --frob
case_ 2 "gazette: documents: The following argument was not expected: --frob (see gazette documents --help)" -- "$g" documents "$issue" --frob
case_ 2 "gazette: documents: --format: xml not in {tsv,json} (see gazette documents --help)" -- "$g" documents --format xml "$issue"
case_ 2 "gazette: documents: paths is required (see gazette documents --help)" -- "$g" documents
case_ 2 "gazette: --grammars: Directory does not exist: /nonexistent (see gazette --help)" -- "$g" --grammars /nonexistent documents "$issue"

# Limits (README, Limits): generated inputs, each read in bounded time or refused in one line.
# One issue header, then a body the test makes long.
header=$(sed -n '1,/^京示发〔2022〕3号$/p' tests/data/xref-a.txt)
body() { printf '%s\n\n各有关单位:\n\n' "$header"; }
# input over 64 MiB: refused before it is read (a sparse file: cheap)
truncate -s 65M "$t/huge.txt"
case_ 3 "gazette: $t/huge.txt: larger than 64 MiB, the most one issue may have; refused" -- "$g" summary "$t/huge.txt"
# a 10 MB line: refused, naming the line
{ body; /usr/bin/python3 -c 'print("第一条 " + "示范项目" * 875000)'; } >"$t/line.txt"
case_ 3 "gazette: $t/line.txt:31: a line longer than 256 KiB, the most one printed line may have; refused" -- "$g" articles "$t/line.txt"
# a 200 KiB line of citations, 文号 and dates: read (within 60 s even sanitized)
{ body; /usr/bin/python3 -c 'print("第一条 " + "根据《北京市示范项目管理办法》(京示发〔2022〕3号),自2022年3月1日起施行。" * 2400)'; } >"$t/long.txt"
expect_exit 0 "200 KiB line" -- timeout 60 "$g" refs "$t/long.txt"
# 100,000 table rows
{ body; printf '附件\n\n示范事项清单\n\n序号\t名称\t实施机关\n'; seq 1 100000 | awk '{print $1 "\t事项" $1 "\t北京市示范局"}'; } >"$t/rows.txt"
expect_exit 0 "100,000 rows" -- timeout 600 "$g" tables --format csv "$t/rows.txt"
[ "$(wc -l <"$t/out")" -gt 100000 ] && ok || bad "100,000 rows read, got $(wc -l <"$t/out")"
# numbering 1,000 deep as printed (label kinds cycle: the tree is as deep as the kinds)
{ body; /usr/bin/python3 -c '
k = ["(一)", "1.", "(1)", "①", "一、"]
print("\n".join(f"{k[i % 5]} 第{i}层内容" for i in range(1000)))'; } >"$t/deep.txt"
expect_exit 0 "1,000 nested labels" -- timeout 60 "$g" articles "$t/deep.txt"
# a million 《 without 》
{ body; /usr/bin/python3 -c 'print("第一条 " + "《" * 1000000)'; } >"$t/open.txt"
case_ 3 "gazette: $t/open.txt:31: a line longer than 256 KiB, the most one printed line may have; refused" -- "$g" refs "$t/open.txt"
{ body; /usr/bin/python3 -c 'print("\n".join("第%d条 根据《北京市示范" % (i + 1) for i in range(50000)))'; } >"$t/open-lines.txt"
expect_exit 0 "50,000 lines with an unclosed 《" -- timeout 600 "$g" refs "$t/open-lines.txt"

finish bad_inputs
