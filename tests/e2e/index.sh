#!/usr/bin/env bash
# gazette index and --db: the index answers refs/deadlines/status/search with the records the
# text-reading commands print; it is incremental; it refuses foreign files; a run killed midway
# leaves it consistent and the next run completes it.
# Usage: bash tests/e2e/index.sh /path/to/gazette   (from the repo root)
set -u
g=${1:?usage: index.sh /path/to/gazette}
. tests/e2e/lib/assert.bash
py=/usr/bin/python3
db=$t/g.db

expect_exit 0 "index the samples" -- "$g" index tests/corpus --db "$db"
grep -q "4 added" "$t/err" && ok || bad "first run: $(cat "$t/err")"
expect_exit 0 "index again" -- "$g" index tests/corpus --db "$db"
grep -q "0 added, 0 replaced, 4 unchanged" "$t/err" && ok || bad "second run: $(cat "$t/err")"

# same SET of records from the texts and from the index
same() {
  local what=$1; shift
  if cmp -s "$t/a" "$t/b"; then ok; else bad "$what differs: $(diff "$t/a" "$t/b" | head -5)"; fi
}
for args in "" "--type repeals" "--doc 京人社事业发〔2024〕10号" "--doc 京知局〔2020〕171号"; do
  # shellcheck disable=SC2086
  "$g" refs tests/corpus --format json $args >"$t/a"; "$g" refs --db "$db" --format json $args >"$t/b"
  same "refs $args"
done
# two folders' 01.txt indexed in two runs: the second is named apart (01-2), and keeps that name
# when it is read again in any order, so no two documents share an id
mkdir -p "$t/st/a" "$t/st/b"
cp tests/corpus/external/01.txt "$t/st/a/01.txt"; cp tests/corpus/external/05.txt "$t/st/b/01.txt"
"$g" index -q --db "$t/st.db" "$t/st/a/01.txt" 2>/dev/null; "$g" index -q --db "$t/st.db" "$t/st/b/01.txt" 2>/dev/null
echo >>"$t/st/b/01.txt"
"$g" index -q --db "$t/st.db" "$t/st/b/01.txt" "$t/st/a/01.txt" 2>/dev/null
ids=$($py -c 'import sqlite3,sys; print(" ".join(r[0] for r in sqlite3.connect(sys.argv[1]).execute("select doc_id from documents where printed=1 order by source")))' "$t/st.db")
[ "$ids" = "01#1 01-2#1" ] && ok || bad "stems apart across index runs: $ids"

# a document neither printed nor cited: an input error from the index as from the texts, no answer
expect_exit 3 "refs --db --doc unknown" -- "$g" refs --db "$db" --doc 北京市不存在的办法
grep -qx "gazette: refs: no document 北京市不存在的办法 in the index, printed or cited" "$t/err" && [ ! -s "$t/out" ] \
  && ok || bad "refs --db --doc unknown: $(cat "$t/err")"
for args in "" "--as-of 2025-01-01" "--as-of 2023-01-01 --expiring-within 800"; do
  # shellcheck disable=SC2086
  "$g" deadlines tests/corpus $args >"$t/a"; "$g" deadlines --db "$db" $args >"$t/b"
  same "deadlines $args"
done
[ -s "$t/b" ] && ok || bad "deadlines --expiring-within printed nothing"
# 关于深化职称制度改革的实施意见: a title cited only, with its 文号 (京办发〔2018〕4号).
for doc in 京人社事业发〔2023〕24号 '京知局[2020]171 号' 京政发〔2023〕20号 京人社毕发〔2023〕23号 京政发〔1999〕1号 关于深化职称制度改革的实施意见; do
  for date in 2022-01-01 2025-01-01; do
    "$g" status "$doc" tests/corpus --as-of $date --format json >"$t/a"
    "$g" status "$doc" --db "$db" --as-of $date --format json >"$t/b"
    same "status $doc $date"
  done
done
"$g" status 京人社事业发〔2023〕24号 --db "$db" --as-of 2025-01-01 | grep -q "repealed by" && ok || bad "status text"

# search: every hit of the text search, with the same keys plus score; the index adds only hits
# that run across a line break.
for q in 人力资源 废止 证 "京人社事业发[2023]24 号" 职业资格; do
  "$g" search "$q" tests/corpus --format json | sort >"$t/a"
  "$g" search "$q" --db "$db" --format json >"$t/b0"
  $py - "$t/a" "$t/b0" "$q" <<'PY' && ok || bad "search $q"
import json, sys
text = [json.loads(l) for l in open(sys.argv[1])]
index = [json.loads(l) for l in open(sys.argv[2])]
for r in index:
    assert list(r)[-1] == "score" and list(r)[:-1] == list(text[0]), list(r)
    r.pop("score")
key = lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True)
have = {key(r) for r in index}
missing = [r for r in text if key(r) not in have]
assert not missing, missing[:2]
extra = [r for r in index if key(r) not in {key(x) for x in text}]
for r in extra:  # a hit the text search cannot see: it starts on one line and ends on the next
    assert not any(x["match"] == r["match"] and x["line"] == r["line"] and x["source"] == r["source"] for x in text), r
PY
done
# ranked: scores never increase; --limit; AND/OR; a phrase cut by a line break (2024-38.txt:30-32)
"$g" search 人力资源社会保障 --db "$db" --format json --limit 7 >"$t/b"
[ "$(wc -l <"$t/b")" -eq 7 ] && ok || bad "--limit 7 gave $(wc -l <"$t/b")"
$py -c 'import json,sys; s=[json.loads(l)["score"] for l in open(sys.argv[1])]; assert s==sorted(s,reverse=True), s' "$t/b" && ok || bad "not ranked"
"$g" search "猎头机构 AND 国际化人力资源" --db "$db" --format json >"$t/b"
grep -q '"line":30' "$t/b" && ok || bad "AND across the contents line 30: $(head -c 300 "$t/b")"
"$g" search "猎头机构 OR 职业资格" --db "$db" --format json >"$t/b"
grep -q '"match":"猎头机构"' "$t/b" && grep -q '"match":"职业资格"' "$t/b" && ok || bad "OR"
"$g" search "国际化人力资源市场" tests/corpus --format json | grep -q '"line":30' && bad "text search now joins 2024-38.txt:30-32?" || ok
"$g" search "国际化人力资源市场" --db "$db" --format json | grep -q '"line":30' && ok || bad "phrase across a line break"

# incremental: a changed file is replaced, a removed one pruned
mkdir "$t/c"; cp tests/corpus/*.txt "$t/c/"
"$g" index "$t/c" --db "$t/c.db" 2>/dev/null
echo "本期附加一行。" >>"$t/c/2021-44.txt"
expect_exit 0 "re-index a changed file" -- "$g" index "$t/c" --db "$t/c.db"
grep -q "0 added, 1 replaced, 3 unchanged" "$t/err" && ok || bad "changed: $(cat "$t/err")"
"$g" search 本期附加一行 --db "$t/c.db" --format json | grep -q '2021-44.txt' && ok || bad "new text not found"
rm "$t/c/2024-16.txt"
expect_exit 0 "prune" -- "$g" index "$t/c" --db "$t/c.db" --prune
grep -q "3 unchanged, 1 removed" "$t/err" && ok || bad "prune: $(cat "$t/err")"
"$g" refs --db "$t/c.db" --format json | grep -q 2024-16.txt && bad "pruned issue still referenced" || ok
# the full-text index after adds, a replace and a prune holds what FTS5 rebuilds from the stored
# keys, token for token (its integrity-check does not compare an external content table's text)
$py - "$t/c.db" <<'PY' && ok || bad "full-text index not SQLite's own after replace and prune"
import sqlite3, sys, shutil
def tokens(path):
    c = sqlite3.connect(path)
    c.execute("create virtual table temp.v using fts5vocab(main, lines_fts, 'instance')")
    return c.execute("select term, doc, col, offset from temp.v order by doc, offset").fetchall()
ours = tokens(sys.argv[1])
shutil.copy(sys.argv[1], sys.argv[1] + ".rebuilt")
c = sqlite3.connect(sys.argv[1] + ".rebuilt")
c.execute("insert into lines_fts(lines_fts) values('rebuild')")
c.commit()
assert ours and ours == tokens(sys.argv[1] + ".rebuilt"), "tokens differ"
PY

# a file given twice (itself, then again) is indexed once: its rows are never written twice (a
# file whose rows fail is undone alone: tests/store/store_test.cpp gives IndexFiles a file twice)
expect_exit 0 "a file given twice" -- "$g" index tests/corpus/2021-44.txt tests/corpus/2024-16.txt \
  tests/corpus/2021-44.txt tests/corpus/2023-42.txt --db "$t/twice.db"
grep -q "3 added, 0 replaced" "$t/err" && ok || bad "twice: $(cat "$t/err")"
[ "$($py -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from issues").fetchone()[0])' "$t/twice.db")" = 3 ] \
  && ok || bad "twice: not 3 issues"

# foreign, corrupt and older files are refused (exit 3) and left untouched
echo "not a database" >"$t/junk.db"; cp "$t/junk.db" "$t/junk.orig"
expect_exit 3 "junk --db" -- "$g" index tests/corpus --db "$t/junk.db"
cmp -s "$t/junk.db" "$t/junk.orig" && ok || bad "junk file changed"
[ "$(wc -l <"$t/err")" -eq 1 ] && ok || bad "not one line: $(cat "$t/err")"
$py -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("create table x(a)"); c.commit()' "$t/other.db"
cp "$t/other.db" "$t/other.orig"
expect_exit 3 "foreign --db" -- "$g" index tests/corpus --db "$t/other.db"
grep -q "not a gazette index" "$t/err" && ok || bad "foreign: $(cat "$t/err")"
cmp -s "$t/other.db" "$t/other.orig" && ok || bad "foreign file changed"
expect_exit 3 "search in a foreign db" -- "$g" search 人才 --db "$t/other.db"
cp "$db" "$t/old.db"
$py -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("update meta set value=0 where key=\"schema_version\""); c.commit()' "$t/old.db"
expect_exit 3 "older schema" -- "$g" status 京政发〔2023〕20号 --db "$t/old.db"
grep -q "schema version 0" "$t/err" && ok || bad "older: $(cat "$t/err")"
expect_exit 2 "no PATH and no --db" -- "$g" refs
expect_exit 3 "missing --db" -- "$g" deadlines --db "$t/none.db"

# killed midway: consistent, never half an issue visible; the next run completes the work
mkdir "$t/k"
for i in 1 2 3; do for f in tests/corpus/*.txt; do cp "$f" "$t/k/$(basename "$f" .txt)-$i.txt"; done; done
"$g" index "$t/k" --db "$t/k.db" 2>/dev/null &
pid=$!
$py - "$t/k.db" <<'PY' || bad "reader saw a half-indexed issue"
import sqlite3, sys, time, os
deadline = time.time() + 120
while time.time() < deadline:
    if os.path.exists(sys.argv[1]):
        try:
            c = sqlite3.connect(sys.argv[1], timeout=5)
            rows = c.execute("select i.id, (select count(*) from lines l where l.issue_id = i.id), "
                             "(select count(*) from documents d where d.issue_id = i.id) from issues i").fetchall()
            c.close()
        except sqlite3.OperationalError:
            rows = []
        for issue, lines, docs in rows:
            assert lines > 0 and docs > 0, (issue, lines, docs)
        if len(rows) >= 3:
            sys.exit(0)
    time.sleep(0.05)
sys.exit(1)
PY
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
n=$($py -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from issues").fetchone()[0])' "$t/k.db")
[ "$n" -lt 12 ] && ok || bad "the run finished before the kill ($n issues): nothing tested"
$py -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); assert c.execute("pragma integrity_check").fetchone()[0]=="ok"; c.execute("insert into lines_fts(lines_fts) values(\"integrity-check\")")' "$t/k.db" \
  && ok || bad "killed database not consistent"
expect_exit 0 "rerun after the kill" -- "$g" index "$t/k" --db "$t/k.db"
"$g" index "$t/k" --db "$t/fresh.db" 2>/dev/null
for cmd in "refs --format json" "deadlines --as-of 2025-01-01" "search 人力资源 --format json"; do
  # shellcheck disable=SC2086
  "$g" $cmd --db "$t/k.db" >"$t/a"; "$g" $cmd --db "$t/fresh.db" >"$t/b"
  same "after kill + rerun: $cmd"
done
$py - "$t/k.db" "$t/fresh.db" <<'PY' && ok || bad "tables differ after kill + rerun"
import sqlite3, sys
a, b = (sqlite3.connect(p) for p in sys.argv[1:3])
for table in ["issues", "documents", "articles", "table_rows", "deadlines", "refs", "status", "doc_keys", "lines"]:
    cols = [r[1] for r in a.execute(f"pragma table_info({table})") if r[1] not in ("id", "mtime")]
    q = f"select {','.join(cols)} from {table} order by {','.join(cols)}"
    assert a.execute(q).fetchall() == b.execute(q).fetchall(), table
PY

# an empty --db (an unset variable) names no database: a usage error, nothing reported as added
expect_exit 2 "index --db ''" -- "$g" index --db "" tests/corpus/2024-38.txt
expect_exit 2 "search --db ''" -- "$g" search 废止 --db ""
expect_exit 2 "search --limit 0" -- "$g" search 废止 tests/corpus/2024-38.txt --limit 0

finish index.sh
