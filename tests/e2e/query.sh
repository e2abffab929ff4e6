#!/usr/bin/env bash
# End-to-end: the XPath queries the README lists (XML, XPath queries), run with `gazette query` over an export
# directory (and over the texts directly), each checked against facts read in the sample corpus.
# Statuses are computed as of 2026-01-01.
set -u
g=${1:?usage: query.sh /path/to/gazette}
source "$(dirname "$0")/lib/assert.bash"
"$g" xml tests/corpus -o "$t/x" --as-of 2026-01-01 2>"$t/err" || { echo "FAIL: export: $(cat "$t/err")"; exit 1; }

q() { "$g" query "$1" "$t/x" 2>"$t/err"; }                                  # values, one a line
qs() { q "$1" | LC_ALL=C sort; }                                             # sorted values
ql() { "$g" query --format json "$1" "$t/x" 2>"$t/err" | /usr/bin/python3 -c '
import json, sys
for l in sys.stdin:
    r = json.loads(l); print(r["source"].rsplit("/", 1)[-1] + ":" + str(r["line"]))' | LC_ALL=C sort; }  # file:line of each match
same() {  # same DESCRIPTION GOT WANT
  if [ "$2" = "$3" ]; then ok; else bad "$1"$'\n'"  got:  $(echo "$2" | tr '\n' ' ' | head -c 600)"$'\n'"  want: $(echo "$3" | tr '\n' ' ' | head -c 600)"; fi
}
lines() { printf '%s\n' "$@" | LC_ALL=C sort; }

# 1. Every repealed document. 68 = 5 (2023-42.txt:522) + 57 (the list 2023-42.txt:960-1024, rows 1-57)
#    + 1 (2023-42.txt:1040) + 2024-38.txt:146 + 2024-38.txt:927 + 2021-44.txt:953 + 2021-44.txt:1223
#    + 2024-16.txt:1150.
Q1="//document[status/@value='repealed']/@id"
same "Q1 count" "$(q "$Q1" | wc -l)" 68
r1=$(qs "$Q1")
for id in 京人社事业发〔2023〕24号 京知局〔2020〕171号 京商务财务字〔2018〕25号 京商函字〔2019〕1272号 \
          京文旅发〔2022〕108号 京环发〔2019〕11号 京人社办发〔2009〕61号 京人社能发〔2016〕150号 \
          京劳社督发〔2001〕100号 〔87〕市劳险字第224号 京人社监发〔2022〕21号; do
  # 2023-42.txt:960 row 1, :1009 row 44 (〔87〕市劳险字第224号), :1024 row 57
  grep -qx "$id" <<<"$r1" && ok || bad "Q1 lacks $id"
done

# 2. What repealed a document, and where: 2024-38.txt:927 (in 京知局〔2024〕130号) repeals 京知局〔2020〕171号.
Q2="//document[@id='京知局〔2020〕171号']/status/event[@relation='repealed-by']/@by"
same "Q2" "$(q "$Q2")" "京知局〔2024〕130号"
same "Q2 where" "$(ql "$Q2")" "2024-38.txt:927"

# 3. Every article that mentions 工作日 (file:line of the article's first line).
Q3="//article[contains(., '工作日')]/@label"
# 2021-44.txt:1144 第十条, 1164 第十二条 (items 1166-1170), 1187 第十五条 (paragraph 1203), 1215 第十九条 (1217);
# 2023-42.txt:865 第十一条; 2024-16.txt:1023 第六条 (1025, 1029), 1106 第八条 (1114, 1118);
# 2024-38.txt:457 第九条, 459 第十条, 465 第十二条 (467), 489 第十五条 (491), 614 第十三条,
# 835 第九条 (851), 887 第十五条 (889).
same "Q3" "$(ql "$Q3")" "$(lines 2021-44.txt:1144 2021-44.txt:1164 2021-44.txt:1187 2021-44.txt:1215 \
  2023-42.txt:865 2024-16.txt:1023 2024-16.txt:1106 2024-38.txt:457 2024-38.txt:459 2024-38.txt:465 \
  2024-38.txt:489 2024-38.txt:614 2024-38.txt:835 2024-38.txt:887)"
same "Q3 labels" "$(q "$Q3" | head -1)" "第十条"

# 4. Every catalog row in the field 金融 (领域 column): 2024-38.txt:176 (T1 row 8), 189-194 and 197-199
#    (T2 rows 7-15), 219-222, 225-229, 232-236 (T2 rows 31-44); 2021-44.txt:303-306, 309-314, 317 (rows 1-11).
Q4="//row[cell[@column='领域'][contains(., '金融')]]/@seq"
same "Q4" "$(ql "$Q4")" "$(lines 2024-38.txt:176 2024-38.txt:{189..194} 2024-38.txt:{197..199} \
  2024-38.txt:{219..222} 2024-38.txt:{225..229} 2024-38.txt:{232..236} 2021-44.txt:{303..306} \
  2021-44.txt:{309..314} 2021-44.txt:317)"

# 5. Documents signed in September 2024: 2024-38.txt:156 (9月2日), 409 and 548 (9月3日), 562 and 782 (9月27日);
#    not 662 (8月27日) nor 943 (10月9日).
Q5="//document[starts-with(signed, '2024-09')]/@id"
same "Q5" "$(qs "$Q5")" "$(lines 京人社事业发〔2024〕10号 京人社评发〔2024〕11号 京人社市场发〔2024〕12号 \
  京人社评发〔2024〕13号 京知局〔2024〕130号)"

# 6. The articles of one chapter: 2024-38.txt:451 第三章 认定程序, 第七条 (453) … 第十三条 (469).
Q6="//articles[@instrument='北京市就业困难人员认定管理办法(试行)']/chapter[heading='认定程序']/article/@label"
same "Q6" "$(q "$Q6")" "$(printf '%s\n' 第七条 第八条 第九条 第十条 第十一条 第十二条 第十三条)"

# 7. Rows found in a catalog: 2024-38.txt:162 (共计 149 项) = 8 + 129 + 12 (164, 178, 347).
Q7="sum(//document[@id='京人社事业发〔2024〕10号']//table/section/@found)"
same "Q7" "$(q "$Q7")" 149

# 8. Table sections whose printed count disagrees with the rows found: none in the samples
#    (2024-38.txt:164/178/347 8, 129, 12; the 57 of 2023-42.txt:960-1024 …).
Q8="//table/section[@declared != @found]/title"
same "Q8" "$(q "$Q8")" ""

# 9. Documents taking effect on a date: 2024-38.txt:937 (2024年11月1日起施行).
Q9="//document[effective='2024-11-01']/@id"
same "Q9" "$(q "$Q9")" "京药监发〔2024〕230号"

# 10. Documents expired by 2026-01-01: 2023-42.txt:392 (实施期限截至2023年12月31日), 2023-42.txt:520
#     (执行期限至 2025 年 12 月 31 日), 2024-38.txt:768 (试行期为一年, signed 2024-08-27 at 662).
Q10="//issue/document[status/@value='expired']/@id"
same "Q10" "$(qs "$Q10")" "$(lines 京人社毕发〔2023〕23号 京人社能发〔2023〕25号 京知局〔2024〕118号)"

# 11. The contents entry on page 35 of 2024-38: 2024-38.txt:29 (京人社评发[2024]11号) ..... (35).
Q11="//issue[@name='2024-38']/contents/entry[@page='35']/docno"
same "Q11" "$(q "$Q11")" "京人社评发〔2024〕11号"

# 12. Documents with a working-day time limit (个工作日): 2021-44.txt:536, 1144; 2023-42.txt:865;
#     2024-16.txt:261, 515, 774, 1029, 1114; 2024-38.txt:467, 614, 851.
Q12="//document[deadlines/deadline[@unit='workday']]/@id"
same "Q12" "$(qs "$Q12")" "$(lines 京商流通字〔2021〕9号 京商函字〔2021〕1056号 京人社能发〔2023〕25号 \
  京人社事业发〔2023〕40号 京人社事业发〔2023〕41号 京人社事业发〔2023〕42号 京人社数据发〔2024〕2号 \
  京文旅发〔2023〕110号 京人社评发〔2024〕11号 京人社评发〔2024〕13号 京知局〔2024〕130号)"

# The same query over the texts directly gives the same answer as over the export.
same "Q5 from texts" "$("$g" query "$Q5" tests/corpus --as-of 2026-01-01 2>/dev/null | LC_ALL=C sort)" "$(qs "$Q5")"
same "Q1 from corpus.xml" "$("$g" query "$Q1" "$t/x/corpus.xml" 2>/dev/null | wc -l)" 68

# JSON Lines keys; scalar results; errors.
"$g" query --format json "$Q9" "$t/x" | /usr/bin/python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
assert len(rows) == 1, rows
assert list(rows[0]) == ["value", "node", "name", "document", "source", "line"], rows
assert rows[0]["node"] == "attribute" and rows[0]["name"] == "id" and rows[0]["document"] == "京药监发〔2024〕230号", rows' && ok || bad "json keys"
same "count" "$(q 'count(//issue/document)')" 33
"$g" query "//document[" "$t/x" >"$t/out" 2>"$t/err"; code=$?
same "bad XPath exit" "$code" 2
same "bad XPath one line" "$(wc -l <"$t/err")" 1
"$g" query "//document" /nonexistent.xml >"$t/out" 2>"$t/err"; same "missing xml exit" "$?" 3
echo '<corpus><issue>' >"$t/broken.xml"
"$g" query "//document" "$t/broken.xml" >"$t/out" 2>"$t/err"; same "broken xml exit" "$?" 3
grep -q "broken.xml: not well-formed" "$t/err" && ok || bad "broken xml message: $(cat "$t/err")"

# A number is printed as XPath's string() prints it: in full, no exponent; NaN and Infinity.
same "a large sum" "$(q '1234567 + 0 * count(//issue)')" "1234567"
same "a fraction" "$(q '1 div 4')" "0.25"
same "infinity" "$(q '1 div 0')" "Infinity"
same "not a number" "$(q '0 div 0')" "NaN"
same "a sum as string() gives it" "$(q 'sum(//@line)')" "$(q 'string(sum(//@line))')"

# Read one issue at a time, or whole: the same answers either way, from the export and the texts.
# (//issue/document)[1] numbers across the issues (each numbered from the issues before);
# //issue/document[1] within each.
same "position across issues" "$(q '(//issue/document)[1]/@id')" "$(q '//issue/document[1]/@id' | head -1)"
same "last issue" "$(q '/corpus/issue[last()]/@name')" "$(q '//issue/@name' | tail -1)"
same "last issue, from texts" "$("$g" query '/corpus/issue[last()]/@name' tests/corpus --as-of 2026-01-01 2>/dev/null)" "2024-38"
same "parts, from texts" "$("$g" query --format json "//issue/document[1]/@id" tests/corpus --as-of 2026-01-01 2>/dev/null)" \
  "$("$g" query --format json "//issue/document[1]/@id" "$t/x" 2>/dev/null)"
same "sum of found rows" "$(q 'sum(//table/section/@found)')" "$(q 'sum(//table/section/@found) + 0 * count((//issue)[1])')"
# A number computed from counts taken issue by issue, and the same with a position that needs the whole.
same "share repealed" "$(q "count(//document[status/@value='repealed']) div count(//document)")" \
  "$(q "count(//document[status/@value='repealed']) div count(//document) + 0 * count((//issue)[1])")"
S="concat(count(//issue), ' issues, ', sum(//table/section/@found) div count(//table/section))"
same "scalar, from texts" "$("$g" query --format json "$S" tests/corpus --as-of 2026-01-01 2>/dev/null)" \
  "$("$g" query --format json "$S" "$t/x" 2>/dev/null)"
# A node set tested across the issues is gathered in a first reading, then the issues are read
# again; a pipe cannot be read twice, so it is copied to a temporary file as it is read: the same
# matches.
J="//document[@id = //reference/@target]/@id"
same "join, from texts" "$("$g" query "$J" tests/corpus --as-of 2026-01-01 2>/dev/null)" "$(q "$J")"
mkfifo "$t/pipe.xml"
cat "$t/x/corpus.xml" >"$t/pipe.xml" &
same "join, from a pipe" "$("$g" query "$J" "$t/pipe.xml" 2>"$t/err")" "$(q "$J")"
wait
same "join, from a pipe: nothing said" "$(cat "$t/err")" ""
# XML on standard input ("-", its first byte '<'): the same matches as from the export; an
# issue's text on standard input is still read as a text.
same "join, from stdin" "$(cat "$t/x/corpus.xml" | "$g" query "$J" - 2>/dev/null)" "$(q "$J")"
same "Q1, from stdin" "$("$g" query "$Q1" - <"$t/x/corpus.xml" 2>/dev/null | wc -l)" 68
same "a text on stdin" "$("$g" query "count(//issue)" - <tests/corpus/2024-38.txt 2>/dev/null)" 1
same "four issues" "$("$g" query "concat(count(//issue), ' issues')" "$t/x")" "4 issues"

# A part that breaks off: the matches of the issues before it, then one line naming the byte.
printf '<corpus a="1"><issue><document id="x"/></issue><issue><document id="y"></issue></corpus>' >"$t/cut.xml"
"$g" query "//document/@id" "$t/cut.xml" >"$t/out" 2>"$t/err"; same "cut xml exit" "$?" 3
same "cut xml: the issue before" "$(cat "$t/out")" "x"
grep -qE "^gazette: .*cut.xml: not well-formed XML \(.* at byte [0-9]+\)$" "$t/err" && ok || bad "cut xml message: $(cat "$t/err")"
# Text after the root is malformed whichever way the expression is read.
printf '<corpus><issue/></corpus>trailer' >"$t/trailer.xml"
"$g" query "//issue" "$t/trailer.xml" >/dev/null 2>"$t/err"; same "trailer exit (parts)" "$?" 3
"$g" query "string(//issue)" "$t/trailer.xml" >/dev/null 2>"$t/err"; same "trailer exit (whole)" "$?" 3
grep -q "text outside the root element at byte 25" "$t/err" && ok || bad "trailer message: $(cat "$t/err")"

finish query
