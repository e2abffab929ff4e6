#!/usr/bin/env bash
# gazette articles: JSON Lines with exactly the documented keys and ids unique within each
# document; TSV with a header; --doc selects one document; -o writes a file; a missing input is
# exit 3; gazette check names the planted gap of tests/data/article-gap.txt and exits 1.
# Usage: bash tests/e2e/articles.sh path/to/gazette   (from the repository root)
set -u
g=${1:?usage: articles.sh GAZETTE}
. tests/e2e/lib/assert.bash

expect_exit 0 "articles --format json" -- "$g" articles tests/corpus/*.txt --format json
/usr/bin/python3 - "$t/out" <<'PY' && ok || bad "articles JSON Lines (above)"
import json, sys
keys = ["source", "docno", "instrument", "id", "kind", "num", "label", "heading", "text", "line"]
kinds = {"part", "subpart", "chapter", "section", "article", "paragraph", "item"}
seen, bad, n = set(), 0, 0
for raw in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(raw); n += 1
    if list(r) != keys: print("FAIL: keys", list(r)); bad += 1; break
    if r["kind"] not in kinds: print("FAIL: kind", r["kind"]); bad += 1
    if not isinstance(r["num"], int) or not isinstance(r["line"], int) or r["line"] <= 0: print("FAIL: num/line", r); bad += 1
    key = (r["source"], r["docno"], r["id"])
    if key in seen: print("FAIL: duplicate id", key); bad += 1
    seen.add(key)
if n < 500: print("FAIL: only", n, "records"); bad += 1
sys.exit(1 if bad else 0)
PY

# 2024-38.txt:411–515: the 办法 of 京人社评发〔2024〕11号 has 6 chapters and 23 articles.
expect_exit 0 "--doc -o" -- "$g" articles tests/corpus/2024-38.txt --doc '京人社评发〔2024〕11号' -o "$t/one.tsv"
head -1 "$t/one.tsv" | grep -q $'^source\tdocno\tinstrument\tid\tkind\tnum\tlabel\theading\ttext\tline$' && ok ||
  bad "TSV header: $(head -1 "$t/one.tsv")"
arts=$(awk -F'\t' '$5 == "article"' "$t/one.tsv" | wc -l)
chps=$(awk -F'\t' '$5 == "chapter"' "$t/one.tsv" | wc -l)
[ "$arts" -eq 23 ] && ok || bad "京人社评发〔2024〕11号: $arts articles, want 23"
[ "$chps" -eq 6 ] && ok || bad "京人社评发〔2024〕11号: $chps chapters, want 6"
others=$(awk -F'\t' 'NR > 1 && $2 != "京人社评发〔2024〕11号"' "$t/one.tsv" | wc -l)
[ "$others" -eq 0 ] && ok || bad "--doc let $others records of other documents through"
# 第十二条 crosses a page break at 465/467 and is rejoined.
grep -q $'\tins_1__chp_3__art_12\tarticle\t12\t第十二条\t\t申请人对认定结果有异议的,可以自收到认定结果之日起15个工作日内' "$t/one.tsv" &&
  ok || bad "第十二条 not rejoined across the page break"

expect_exit 3 "missing input" -- "$g" articles "$t/no-such-file.txt"

expect_exit 1 "check article-gap.txt" -- "$g" check tests/data/article-gap.txt
cat "$t/err" >>"$t/out"
grep -q '^tests/data/article-gap.txt:74: article-gap: .*expected article 6 after 第五条.*第七条' "$t/out" && ok ||
  bad "check article-gap.txt printed: $(cat "$t/out")"

finish articles
