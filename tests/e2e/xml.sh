#!/usr/bin/env bash
# End-to-end: `gazette xml` on the four sample issues. Every export validates against
# exports/gazette.xsd with xmllint (libxml2, an independent reader); counts read back with
# xmllint's XPath; the Akoma Ntoso flavor is well-formed and carries the FRBR number, the
# articles and the repeal modifications; bad input and output give the documented exit codes.
set -u
g=${1:?usage: xml.sh /path/to/gazette}
command -v xmllint >/dev/null || { echo "FAIL: xmllint not installed (libxml2-utils)"; exit 1; }
source "$(dirname "$0")/lib/assert.bash"
xp() { xmllint --xpath "$1" "$2" 2>/dev/null; }  # xp XPATH FILE: string result
validate() {  # validate FILE...: each must be schema-valid
  for f in "$@"; do
    if xmllint --noout --schema exports/gazette.xsd "$f" 2>"$t/lint"; then ok; else bad "$f invalid: $(head -c 400 "$t/lint")"; fi
  done
}

# --- the gazette schema -------------------------------------------------------------------
expect_exit 0 "xml export" -- "$g" xml tests/corpus -o "$t/x" --as-of 2026-01-01
for n in 2021-44 2023-42 2024-16 2024-38 corpus; do [ -s "$t/x/$n.xml" ] && ok || bad "missing $n.xml"; done
validate "$t"/x/*.xml
[ -z "$(ls -A "$t/x" | grep -v '\.xml$')" ] && ok || bad "temporary files left: $(ls -A "$t/x")"

# one <document> per 文号 line: 2021-44 8, 2023-42 10, 2024-16 8, 2024-38 7 (e.g. 2024-38.txt:86,
# 391, 526, 554, 652, 772, 933)
[ "$(xp 'count(/issue/document)' "$t/x/2024-38.xml")" = 7 ] && ok || bad "2024-38: 7 documents"
[ "$(xp 'count(/corpus/issue/document)' "$t/x/corpus.xml")" = 33 ] && ok || bad "corpus: 33 printed documents"
[ "$(xp 'string(/corpus/@documents)' "$t/x/corpus.xml")" = 33 ] && ok || bad "corpus @documents"
# 2024-38.txt:7,9,18: 2024 第 38 期（总第 866 期） 2024年11月15日
[ "$(xp 'concat(/issue/@year,"/",/issue/@number,"/",/issue/@total-number,"/",/issue/@date)' "$t/x/2024-38.xml")" \
  = "2024/38/866/2024-11-15" ] && ok || bad "2024-38 issue header"
# 2024-38.txt:86 the 文号 line of the first document, and its romanization
[ "$(xp 'string(/issue/document[1]/docno/@line)' "$t/x/2024-38.xml")" = 86 ] && ok || bad "docno line"
[ -n "$(xp 'string(/issue/document[1]/docno/@latin)' "$t/x/2024-38.xml")" ] && ok || bad "docno latin"
# 2024-38.txt:146 京人社事业发〔2023〕24 号 is repealed by 京人社事业发〔2024〕10号, printed with a space
[ "$(xp 'string(//reference[@to="京人社事业发〔2023〕24号"]/@printed)' "$t/x/2024-38.xml")" \
  = "京人社事业发〔2023〕24 号" ] && ok \
  || bad "reference keeps the printed 文号 (needs Reference::to_printed as printed, from src/extract/references)"
[ "$(xp 'string(//cited/document[@id="京人社事业发〔2023〕24号"]/status/@by)' "$t/x/corpus.xml")" \
  = "京人社事业发〔2024〕10号" ] && ok || bad "corpus: status of the repealed 3.0 catalog"
# the printed form is kept beside the normalized one: 2024-38.txt:423 **第四条** (bold)
case "$(xp 'string(//p[@line=423]/@printed)' "$t/x/2024-38.xml")" in "**第四条**"*) ok ;; *) bad "printed kept" ;; esac

expect_exit 0 "xml --no-body" -- "$g" xml tests/corpus/2024-38.txt -o "$t/nb" --no-body
validate "$t/nb/2024-38.xml"
[ "$(xp 'count(//body)' "$t/nb/2024-38.xml")" = 0 ] && ok || bad "--no-body leaves out <body>"

# the same issue given twice: two issue files, and the corpus still holds each document id once
expect_exit 0 "same input twice" -- "$g" xml tests/corpus/2024-38.txt tests/corpus/2024-38.txt -o "$t/dup"
validate "$t"/dup/*.xml
[ "$(xp 'count(/corpus/issue/document)' "$t/dup/corpus.xml")" = 7 ] && ok || bad "duplicate input: 7 documents once"

# invalid XML characters (noncharacters U+FFFE/U+FFFF pass the reader) never reach the output
/usr/bin/python3 - "$t/nonchar.txt" <<'PY'
import sys
s = open("tests/corpus/2024-38.txt", encoding="utf-8").read()
open(sys.argv[1], "w", encoding="utf-8").write(s.replace("本通知自发布之日起实施。", "本通知自发布之日起实施。\ufffe\uffff", 1))
PY
expect_exit 0 "xml with noncharacters" -- "$g" xml "$t/nonchar.txt" -o "$t/nc"
validate "$t"/nc/*.xml
grep -q $'\xef\xbf\xbe\|\xef\xbf\xbf' "$t"/nc/*.xml && bad "U+FFFE reached the XML" || ok

# --- Akoma Ntoso ---------------------------------------------------------------------------
expect_exit 0 "xml --flavor akn" -- "$g" xml --flavor akn tests/corpus -o "$t/akn" --as-of 2026-01-01
[ "$(find "$t/akn" -path '*/20*' -name '*.xml' | wc -l)" -eq 33 ] && ok || bad "akn: one file per document"
for f in $(find "$t/akn" -name '*.xml'); do xmllint --noout "$f" 2>/dev/null && ok || bad "akn not well-formed: $f"; done
ln() { xmllint --xpath "$1" "$2" 2>/dev/null; }
d1="$t/akn/2024-38/jingrensheshiyefa-2024-10.xml"
[ "$(ln 'string(//*[local-name()="FRBRWork"]/*[local-name()="FRBRnumber"]/@value)' "$d1")" = "京人社事业发〔2024〕10号" ] \
  && ok || bad "akn FRBRnumber"
[ "$(ln 'namespace-uri(/*)' "$d1")" = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0" ] && ok || bad "akn namespace"
# 2024-38.txt:146 …(京人社事业发〔2023〕24 号)同时废止。
[ "$(ln 'string(//*[local-name()="activeModifications"]/*[local-name()="textualMod"][@type="repeal"]/*[local-name()="destination"]/@href)' "$d1")" \
  = "/akn/cn-bj/act/2023/jingrensheshiyefa-24" ] && ok || bad "akn active repeal"
[ "$(ln 'string(//*[local-name()="eventRef"][1]/@date)' "$d1")" = "2024-09-02" ] && ok || bad "akn signature event (2024-38.txt:156)"
# 2024-38.txt:411-515: the 办法 of 京人社评发〔2024〕11号 has 6 chapters and 23 articles
d2="$t/akn/2024-38/jingrenshepingfa-2024-11.xml"
[ "$(ln 'count(//*[local-name()="chapter"])' "$d2")" = 6 ] && ok || bad "akn chapters"
[ "$(ln 'count(//*[local-name()="article"])' "$d2")" = 23 ] && ok || bad "akn articles"
[ "$(ln 'count(//*[local-name()="article"][not(@eId)])' "$d2")" = 0 ] && ok || bad "akn articles carry eIds"
# eIds are unique within each AKN file
/usr/bin/python3 - "$t/akn" <<'PY' && ok || bad "akn: duplicate eIds"
import collections, glob, sys, xml.etree.ElementTree as ET
for f in glob.glob(sys.argv[1] + "/**/*.xml", recursive=True):
    ids = collections.Counter(e.get("eId") for e in ET.parse(f).iter() if e.get("eId"))
    dup = [k for k, n in ids.items() if n > 1]
    assert not dup, (f, dup[:5])
PY
# the cited 3.0 catalog gets its passive repeal (2024-38.txt:146), and 京知局〔2020〕171号 (2024-38.txt:927)
c1="$t/akn/cited/jingrensheshiyefa-2023-24.xml"
[ "$(ln 'string(//*[local-name()="passiveModifications"]/*[local-name()="textualMod"][@type="repeal"]/*[local-name()="source"]/@href)' "$c1")" \
  = "/akn/cn-bj/act/2024/jingrensheshiyefa-10" ] && ok || bad "akn passive repeal"
[ -s "$t/akn/cited/jingzhiju-2020-171.xml" ] && ok || bad "akn cited 京知局〔2020〕171号"
# Files are read twice (the corpus first, in flat memory); stdin, once, into memory: the same files.
expect_exit 0 "akn of one file" -- "$g" xml --flavor akn tests/corpus/2024-38.txt -o "$t/akn1" --as-of 2026-01-01
"$g" xml -q --flavor akn - -o "$t/akn2" --as-of 2026-01-01 <tests/corpus/2024-38.txt
[ -n "$(ls -A "$t/akn1")" ] && diff -r "$t/akn1" "$t/akn2" >/dev/null && ok || bad "akn: a file read twice = stdin read once"
# A missing input is reported once (not again by the second reading); the others are written.
expect_exit 3 "akn with a missing input" -- "$g" xml --flavor akn /nonexistent.txt tests/corpus -o "$t/akn3" --as-of 2026-01-01
[ "$(wc -l <"$t/err")" -eq 1 ] && ok || bad "akn: one line for a missing input"
diff -r "$t/akn" "$t/akn3" >/dev/null && ok || bad "akn: the other inputs written as without the missing one"

# --- two folders' notice.txt: their documents without a 文号 keep apart ----------------------
mkdir -p "$t/na/a" "$t/na/b"
for y in 1989 1990; do
  d=$([ $y = 1989 ] && echo a || echo b)
  printf '北京市人民政府办公厅关于做好%s年春节期间安全工作的通知\n\n各区、县人民政府:\n\n一、各单位要加强防火安全检查。\n\n北京市人民政府办公厅\n\n%s年1月20日\n' $y $y >"$t/na/$d/notice.txt"
done
expect_exit 0 "two notice.txt" -- "$g" xml -q "$t/na/a/notice.txt" "$t/na/b/notice.txt" -o "$t/na/x"
[ "$(grep -c '<document ' "$t/na/x/corpus.xml")" -eq 2 ] && ok || bad "corpus.xml holds both notices"
grep -q 'id="notice-2#1"' "$t/na/x/corpus.xml" && ok || bad "the second notice is notice-2#1"
expect_exit 0 "two notice.txt, akn" -- "$g" xml -q --flavor akn "$t/na/a/notice.txt" "$t/na/b/notice.txt" -o "$t/na/akn"
[ "$(find "$t/na/akn" -name '*.xml' | wc -l)" -eq 2 ] && ok || bad "akn: one file per notice"
# An unreadable input among them names nothing differently: the AKN files (read twice) name the
# notices as corpus.xml does, each with its own start.
head -c 3000 /dev/urandom >"$t/na/bad.txt"; mkdir -p "$t/na/c"; mv "$t/na/bad.txt" "$t/na/c/notice.txt"
expect_exit 3 "akn with an unreadable notice.txt first" -- "$g" xml -q --flavor akn "$t/na/c/notice.txt" "$t/na/a/notice.txt" "$t/na/b/notice.txt" -o "$t/na/akn2"
grep -q '1990-01-20' "$t/na/akn2/notice-3/notice-3-1.xml" && ! grep -q '1989-01-20' "$t/na/akn2/notice-3/notice-3-1.xml" \
  && ok || bad "akn: the 1990 notice keeps its own dates: $(ls -R "$t/na/akn2" | tr '\n' ' ')"
# A file given twice (itself and through its folder) is read once.
"$g" documents "$t/na/a/notice.txt" "$t/na/a" >"$t/na/twice.tsv" 2>/dev/null
[ "$(wc -l <"$t/na/twice.tsv")" -eq 2 ] && ok || bad "a file given twice is read once"

# --- errors --------------------------------------------------------------------------------
expect_exit 3 "missing input" -- "$g" xml /nonexistent.txt -o "$t/e1"
[ "$(wc -l <"$t/err")" -eq 1 ] && ok || bad "one-line error for a missing input"
[ ! -e "$t/e1/corpus.xml" ] && ok || bad "nothing written when nothing was read"
: >"$t/afile"
expect_exit 4 "output under a file" -- "$g" xml tests/corpus/2024-38.txt -o "$t/afile/sub"
expect_exit 2 "bad flavor" -- "$g" xml tests/corpus/2024-38.txt -o "$t/e2" --flavor docbook
expect_exit 2 "bad --as-of" -- "$g" xml tests/corpus/2024-38.txt -o "$t/e3" --as-of 2024-13-01
expect_exit 2 "missing -o" -- "$g" xml tests/corpus/2024-38.txt

finish xml
