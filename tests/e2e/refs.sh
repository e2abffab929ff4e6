#!/usr/bin/env bash
# gazette refs and gazette xref on the sample corpus and the two cross-issue files.
# Usage: bash tests/e2e/refs.sh /path/to/gazette   (from the repo root)
set -u
g=${1:?usage: refs.sh /path/to/gazette}
. tests/e2e/lib/assert.bash

expect_exit 0 "refs --format json -o" -- "$g" refs tests/corpus/2023-42.txt --format json -o "$t/refs.jsonl"
/usr/bin/python3 - "$t/refs.jsonl" <<'PY' && ok || bad "refs JSON Lines of 2023-42.txt (above)"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
for r in recs:
    assert list(r) == ["source", "from", "type", "to", "title", "resolved", "text", "line"], list(r)
    assert r["type"] in {"repeals", "amends", "revises", "supplements", "replaces", "extends", "implements", "cites"}, r
    assert isinstance(r["resolved"], bool) and isinstance(r["line"], int) and r["line"] > 0, r
rep = [r for r in recs if r["type"] == "repeals"]
# 2023-42.txt: 57 listed (960–1024), 京环发〔2019〕11号 (1040), five at 522.
assert len(rep) == 63, len(rep)
assert sum(r["from"] == "京人社发〔2023〕10号" for r in rep) == 57
assert any(r["to"] == "京环发〔2019〕11号" and r["line"] == 1040 for r in rep)
PY

# --type filters; TSV has the header row.
expect_exit 0 "refs --type" -- "$g" refs tests/corpus/2024-38.txt --type repeals
head -1 "$t/out" | grep -q $'^source\tfrom\ttype\tto\ttitle\tresolved\ttext\tline$' && ok || bad "tsv header"
[ "$(tail -n +2 "$t/out" | wc -l)" -eq 2 ] && ok || bad "2024-38 has two repeals"

# Across issues the repeal resolves to the printed document.
expect_exit 0 "refs across issues" -- "$g" refs tests/data/xref-a.txt tests/data/xref-b.txt --format json --type repeals
grep -q '"to":"京示发〔2022〕3号".*"resolved":true' "$t/out" && ok || bad "cross-issue repeal not resolved"

# xref: DOT with escaped labels (rendered when Graphviz is installed), JSON Lines nodes and edges.
expect_exit 0 "xref" -- "$g" xref tests/corpus/*.txt tests/data/xref-a.txt tests/data/xref-b.txt
cp "$t/out" "$t/g.dot"
head -1 "$t/g.dot" | grep -q '^digraph gazette {$' && ok || bad "dot header"
tail -1 "$t/g.dot" | grep -q '^}$' && ok || bad "dot end"
grep -q '"京示发〔2024〕7号" -> "京示发〔2022〕3号" \[label="repeals"' "$t/g.dot" && ok || bad "dot edge"
/usr/bin/python3 - "$t/g.dot" <<'PY' && ok || bad "a DOT statement of an unexpected shape (above)"
import re, sys
body = open(sys.argv[1], encoding="utf-8").read().splitlines()[1:-1]
stmt = re.compile(r'^  (rankdir=LR;|node \[.*\];|edge \[.*\];|"(?:[^"\\]|\\.)*"( -> "(?:[^"\\]|\\.)*")? \[(?:[^"\]]|"(?:[^"\\]|\\.)*")*\];)$')
for line in body:
    assert stmt.match(line), line
PY
if command -v dot >/dev/null; then dot -Tsvg "$t/g.dot" -o "$t/g.svg" && ok || bad "Graphviz rejected the DOT"; fi
expect_exit 0 "xref json" -- "$g" xref tests/data/xref-a.txt tests/data/xref-b.txt --format json
/usr/bin/python3 - "$t/out" <<'PY' && ok || bad "xref JSON Lines: $(cat "$t/out")"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
nodes = [r for r in recs if r["kind"] == "node"]; edges = [r for r in recs if r["kind"] == "edge"]
assert len(nodes) == 2 and len(edges) == 1, recs
assert edges[0]["from"] == "京示发〔2024〕7号" and edges[0]["to"] == "京示发〔2022〕3号" and edges[0]["type"] == "repeals"
PY

finish refs
