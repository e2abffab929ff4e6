#!/usr/bin/env bash
# gazette refs and gazette xref on the sample corpus and the two cross-issue files.
# Usage: bash tests/e2e/refs.sh /path/to/gazette   (from the repo root)
set -u
G=${1:?usage: refs.sh /path/to/gazette}
fail() { echo "FAIL: $*" >&2; exit 1; }
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT

"$G" refs tests/corpus/2023-42.txt --format json -o "$TMP/refs.jsonl" || fail "refs exited $?"
/usr/bin/python3 - "$TMP/refs.jsonl" <<'PY' || exit 1
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
for r in recs:
    assert list(r) == ["source", "from", "type", "to", "title", "resolved", "text", "line"], list(r)
    assert r["type"] in {"repeals", "amends", "revises", "supplements", "replaces", "implements", "cites"}, r
    assert isinstance(r["resolved"], bool) and isinstance(r["line"], int) and r["line"] > 0, r
rep = [r for r in recs if r["type"] == "repeals"]
# 2023-42.txt: 57 listed (960–1024), 京环发〔2019〕11号 (1040), five at 522.
assert len(rep) == 63, len(rep)
assert sum(r["from"] == "京人社发〔2023〕10号" for r in rep) == 57
assert any(r["to"] == "京环发〔2019〕11号" and r["line"] == 1040 for r in rep)
PY

# --type filters; TSV has the header row.
"$G" refs tests/corpus/2024-38.txt --type repeals > "$TMP/r.tsv" || fail "refs --type exited $?"
head -1 "$TMP/r.tsv" | grep -q $'^source\tfrom\ttype\tto\ttitle\tresolved\ttext\tline$' || fail "tsv header"
[ "$(tail -n +2 "$TMP/r.tsv" | wc -l)" -eq 2 ] || fail "2024-38 has two repeals"

# Across issues the repeal resolves to the printed document.
"$G" refs tests/data/xref-a.txt tests/data/xref-b.txt --format json --type repeals \
  | grep -q '"to":"京示发〔2022〕3号".*"resolved":true' || fail "cross-issue repeal not resolved"

# xref: DOT with escaped labels (rendered when Graphviz is installed), JSON Lines nodes and edges.
"$G" xref tests/corpus/*.txt tests/data/xref-a.txt tests/data/xref-b.txt > "$TMP/g.dot" || fail "xref exited $?"
head -1 "$TMP/g.dot" | grep -q '^digraph gazette {$' || fail "dot header"
tail -1 "$TMP/g.dot" | grep -q '^}$' || fail "dot end"
grep -q '"京示发〔2024〕7号" -> "京示发〔2022〕3号" \[label="repeals"' "$TMP/g.dot" || fail "dot edge"
/usr/bin/python3 - "$TMP/g.dot" <<'PY' || exit 1
import re, sys
body = open(sys.argv[1], encoding="utf-8").read().splitlines()[1:-1]
stmt = re.compile(r'^  (rankdir=LR;|node \[.*\];|edge \[.*\];|"(?:[^"\\]|\\.)*"( -> "(?:[^"\\]|\\.)*")? \[(?:[^"\]]|"(?:[^"\\]|\\.)*")*\];)$')
for line in body:
    assert stmt.match(line), line
PY
if command -v dot >/dev/null; then dot -Tsvg "$TMP/g.dot" -o "$TMP/g.svg" || fail "Graphviz rejected the DOT"; fi
"$G" xref tests/data/xref-a.txt tests/data/xref-b.txt --format json > "$TMP/g.jsonl" || fail "xref json exited $?"
/usr/bin/python3 - "$TMP/g.jsonl" <<'PY' || exit 1
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
nodes = [r for r in recs if r["kind"] == "node"]; edges = [r for r in recs if r["kind"] == "edge"]
assert len(nodes) == 2 and len(edges) == 1, recs
assert edges[0]["from"] == "京示发〔2024〕7号" and edges[0]["to"] == "京示发〔2022〕3号" and edges[0]["type"] == "repeals"
PY
echo "refs.sh: ok"
