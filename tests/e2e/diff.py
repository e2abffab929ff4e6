#!/usr/bin/python3
"""End-to-end test of `gazette diff`: the catalog diff of 京人社事业发〔2021〕33号 (2021-44.txt, 82 rows)
and 京人社事业发〔2024〕10号 (2024-38.txt, 149 rows), the article comparison of 京人社评发〔2024〕11号
with its planted second version (tests/data/diff-regulation-v2.txt), --superseded, and the
新旧对照表 workbook read back with openpyxl (fills) and its XML (rich-text runs).

Run from the repository root:  /usr/bin/python3 tests/e2e/diff.py /path/to/gazette
"""
import json
import os
import re
import sys
import tempfile
import zipfile

import openpyxl

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
from e2e import check, finish, run  # noqa: E402
OLD_CATALOG, NEW_CATALOG = "tests/corpus/2021-44.txt", "tests/corpus/2024-38.txt"
V2 = "tests/data/diff-regulation-v2.txt"
CATALOGS = ["--old", "京人社事业发[2021]33 号", "--new", "京人社事业发〔2024〕10号", OLD_CATALOG, NEW_CATALOG]
GREEN, RED, YELLOW = "FFC6EFCE", "FFFFC7CE", "FFFFEB9C"


def test_text():
    r = run("diff", *CATALOGS)
    check(r.returncode == 0, f"text exit {r.returncode}: {r.stderr}")
    lines = r.stdout.splitlines()
    check(lines[0] == "京人社事业发〔2021〕33号 → 京人社事业发〔2024〕10号 (tables)", f"heading {lines[0]!r}")
    check(lines[1] == "kept 0, changed 77, added 72, removed 5", f"summary {lines[1]!r}")
    check(len(lines) == 2 + 77 + 72 + 5, f"one line per change, got {len(lines) - 2}")
    cfa = [l for l in lines if "2021-44.txt:303" in l]  # CFA 特许金融分析师资格 (2021-44.txt:303)
    check(len(cfa) == 1 and cfa[0].startswith("changed\t1 → (二)9\t") and "\tname,issuer,note\t" in cfa[0],
          f"CFA line {cfa}")


def test_json():
    r = run("diff", *CATALOGS, "--format", "json")
    records = [json.loads(l) for l in r.stdout.splitlines()]
    check(len(records) == 154, f"{len(records)} records")
    check(all(list(x) == ["old_doc", "new_doc", "unit", "change", "old", "new", "fields", "similarity", "diff"]
              for x in records), "record keys")
    old_seqs = [x["old"]["seq"] for x in records if x["old"]]
    check(sorted(int(s) for s in old_seqs) == list(range(1, 83)), "every old row once")
    check(sum(1 for x in records if x["new"]) == 149, "every new row once")
    added = [x for x in records if x["change"] == "added"]
    check(all(x["old"] is None and x["fields"] == [] and x["similarity"] == 0 for x in added), "added shape")
    cdcs = [x for x in records if x["old"] and x["old"]["line"] == 306]  # CDCS, 2021-44.txt:306
    check(len(cdcs) == 1 and cdcs[0]["new"]["line"] == 221 and cdcs[0]["new"]["section"] == "(二)境外职业资格清单",
          f"CDCS pair {cdcs}")
    check(cdcs and cdcs[0]["diff"]["country"] == [["-", "英国"]], f"CDCS country diff {cdcs and cdcs[0]['diff']}")
    check(set(cdcs[0]["new"]) == {"seq", "label", "section", "table", "cells", "source", "line"}, "row side keys")


def test_articles():
    r = run("diff", "--old", "京人社评发〔2024〕11号", "--new", "京人社评发〔2025〕5号", NEW_CATALOG, V2,
            "--format", "json")
    records = [json.loads(l) for l in r.stdout.splitlines()]
    articles = [x for x in records if x["unit"] == "article"]
    changes = [(x["change"], x["old"] and x["old"]["label"], x["new"] and x["new"]["label"])
               for x in articles if x["change"] != "same"]
    check(changes == [("removed", "第四条", None)] +
          [("renumbered", a, b) for a, b in [("第五条", "第四条"), ("第六条", "第五条"), ("第七条", "第六条"),
                                             ("第八条", "第七条"), ("第九条", "第八条")]] +
          [("added", None, "第九条"), ("changed", "第十二条", "第十二条"), ("changed", "第二十三条", "第二十三条")],
          f"article changes {changes}")
    twelve = [x for x in articles if x["change"] == "changed" and x["old"]["label"] == "第十二条"]
    check(twelve and ["-", "15"] in twelve[0]["diff"]["text"] and ["+", "30"] in twelve[0]["diff"]["text"],
          "第十二条 diff")
    check(set(articles[0]["old"]) == {"id", "label", "section", "heading", "text", "source", "line"}, "article keys")
    text = run("diff", "--old", "京人社评发〔2024〕11号", "--new", "京人社评发〔2025〕5号", NEW_CATALOG, V2)
    check(text.stdout.splitlines()[1] == "same 15, renumbered 5, changed 2, added 1, removed 1; "
          "chapters: same 5, renumbered 0, changed 1, added 0, removed 0", f"summary {text.stdout.splitlines()[1]}")


def test_superseded():
    # 京人社评发〔2025〕5号 repeals 京人社评发〔2024〕11号 (diff-regulation-v2.txt:51)
    r = run("diff", "--superseded", "tests/corpus", V2)
    check(r.returncode == 0, f"superseded exit {r.returncode}")
    check(r.stdout.startswith("京人社评发〔2024〕11号 → 京人社评发〔2025〕5号 (articles)\n"), f"pair {r.stdout[:80]!r}")
    check(r.stdout.count(" → 京") == 1, "exactly one pair")
    alone = run("diff", "--superseded", "tests/corpus")  # what the samples repeal is not printed in them
    check(alone.returncode == 0 and alone.stdout == "" and "no document" in alone.stderr, "no pair in the samples")


def test_workbook(tmp):
    path = os.path.join(tmp, "对照.xlsx")
    r = run("diff", *CATALOGS, "--format", "xlsx", "-o", path)
    check(r.returncode == 0 and os.path.exists(path), f"xlsx written: {r.stderr}")
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == ["摘要", "新旧对照表"], f"sheets {wb.sheetnames}")
    summary = list(wb["摘要"].iter_rows(values_only=True))
    check(summary[1][5:11] == ("row", 0, 0, 77, 72, 5), f"summary counts {summary[1]}")
    ws = wb["新旧对照表"]
    header = [c.value for c in ws[2]]
    check(header[:3] == ["变化", "旧 序号", "旧 职业资格证书名称"] and "新 备注" in header, f"header {header}")
    rows = list(ws.iter_rows(min_row=3))
    check(len(rows) == 154, f"{len(rows)} entry rows")
    by_change = {}
    for row in rows:
        by_change.setdefault(row[0].value.split()[-1], []).append(row)
    check(all(c.fill.fgColor.rgb == GREEN for row in by_change["added"] for c in row), "added rows green")
    check(all(c.fill.fgColor.rgb == RED for row in by_change["removed"] for c in row), "removed rows red")
    name_old, name_new = header.index("旧 职业资格证书名称"), header.index("新 职业资格证书名称")
    cfa = [row for row in by_change["changed"] if row[1].value == "1"][0]  # 2021-44.txt:303
    check(cfa[name_old].fill.fgColor.rgb == YELLOW and cfa[name_new].fill.fgColor.rgb == YELLOW,
          "changed cells yellow")
    check(cfa[header.index("旧 国家(地区)")].fill.fgColor.rgb != YELLOW, "an unchanged cell is not marked")
    check(cfa[name_old].value == "CFA 特许金融分析师资格(II 和 III 级)", f"old name {cfa[name_old].value!r}")
    # Rich text: openpyxl 3.0 flattens it, so read the runs from the shared strings.
    strings = zipfile.ZipFile(path).read("xl/sharedStrings.xml").decode()
    runs = re.findall(r"<si><r>.*?</si>", strings)
    check(len(runs) > 100, f"{len(runs)} rich strings")
    deleted = re.search(r"<r><rPr>(?:(?!</rPr>).)*<strike/>(?:(?!</rPr>).)*</rPr><t[^>]*>资格\(II 和 III 级\)</t></r>", strings)
    inserted = re.search(r"<r><rPr>(?:(?!</rPr>).)*<u/>(?:(?!</rPr>).)*</rPr><t[^>]*>证书</t></r>", strings)
    check(deleted is not None, "deleted run struck through (CFA …资格(II 和 III 级))")
    check(inserted is not None, "inserted run underlined (CFA …证书)")


def test_article_workbook(tmp):
    path = os.path.join(tmp, "articles.xlsx")
    r = run("diff", "--superseded", "tests/corpus", V2, "--format", "xlsx", "-o", path)
    check(r.returncode == 0, f"articles xlsx: {r.stderr}")
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == ["摘要", "新旧对照表"], f"sheets {wb.sheetnames}")
    ws = wb["新旧对照表"]
    header = [c.value for c in ws[2]]
    check(header == ["变化", "旧 条", "旧 条文", "新 条", "新 条文", "不同字段", "相似度", "旧出处", "新出处"],
          f"header {header}")
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    check(len(rows) == 6 + 24, f"{len(rows)} rows: 6 chapters, 23 old and 23 new articles in 24 entries")
    added = [row for row in ws.iter_rows(min_row=3) if row[0].value == "新增 added"]
    check(len(added) == 1 and added[0][3].value == "第九条" and added[0][4].fill.fgColor.rgb == GREEN,
          "added 第九条 green")
    chapter = [row for row in ws.iter_rows(min_row=3) if row[1].value == "第五章"]  # 管理与服务 → 服务与管理
    check(len(chapter) == 1 and chapter[0][2].fill.fgColor.rgb == YELLOW and chapter[0][5].value == "heading",
          "changed chapter heading highlighted")
    strings = zipfile.ZipFile(path).read("xl/sharedStrings.xml").decode()
    check(re.search(r"<u/>(?:(?!</rPr>).)*</rPr><t[^>]*>30</t>", strings) is not None, "30 个工作日 underlined")
    check(re.search(r"<strike/>(?:(?!</rPr>).)*</rPr><t[^>]*>15</t>", strings) is not None, "15 个工作日 struck")


def test_errors(tmp):
    check(run("diff", "--old", "京人社事业发〔2021〕33号", OLD_CATALOG).returncode == 2, "--new missing: usage")
    check(run("diff", "--superseded", "--old", "京政发〔2023〕20号", OLD_CATALOG).returncode == 2, "both modes: usage")
    check(run("diff", *CATALOGS, "--format", "xlsx").returncode == 2, "xlsx without -o: usage")
    missing = run("diff", "--old", "京人社事业发〔2021〕33号", "--new", "京人社事业发〔2030〕1号", OLD_CATALOG)
    check(missing.returncode == 3 and "京人社事业发〔2030〕1号" in missing.stderr, "unknown document: input error")
    bad = run("diff", *CATALOGS, "-o", os.path.join(tmp, "no", "such", "dir", "d.txt"))
    check(bad.returncode == 4, f"unwritable output: {bad.returncode}")


with tempfile.TemporaryDirectory() as tmp:
    test_text()
    test_json()
    test_articles()
    test_superseded()
    test_workbook(tmp)
    test_article_workbook(tmp)
    test_errors(tmp)
sys.exit(finish("diff e2e: "))
