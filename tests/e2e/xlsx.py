#!/usr/bin/python3
"""End-to-end test of `gazette xlsx`: writes workbooks for the sample corpus and a planted test
file, and reads them back with openpyxl (an independent reader).

Run from the repository root:  /usr/bin/python3 tests/e2e/xlsx.py /path/to/gazette
"""
import datetime
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

import openpyxl

GAZETTE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "build/gazette"
CORPUS = ["tests/corpus/2021-44.txt", "tests/corpus/2023-42.txt", "tests/corpus/2024-16.txt",
          "tests/corpus/2024-38.txt"]
LIMITS = "tests/data/xlsx-limits.txt"
FIXED = ["文件", "期限", "引用", "检查"]
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


def run(*args):
    return subprocess.run([GAZETTE, *args], capture_output=True, text=True)


def width(text):
    """Display width: a CJK (wide or full-width) character counts as two."""
    return max((sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
                for line in str(text).split("\n")), default=0)


def rows(ws, first):
    """The data rows of WS from row FIRST on, as tuples of values."""
    return [r for r in ws.iter_rows(min_row=first, values_only=True) if any(v is not None for v in r)]


def table_sheets(wb):
    return [ws for ws in wb.worksheets if ws.title not in FIXED]


def find_table(wb, *needles):
    """The table sheet whose note (A1) contains every NEEDLE."""
    for ws in table_sheets(wb):
        note = str(ws["A1"].value or "")
        if all(n in note for n in needles):
            return ws
    return None


def column(ws, header, header_row):
    for cell in ws[header_row]:
        if cell.value == header:
            return cell.column
    return None


def data_rows_by(ws, header_row, header):
    """{value of column HEADER: row tuple} for the data rows of a sheet."""
    col = column(ws, header, header_row)
    if col is None:
        return {}
    return {r[col - 1]: r for r in rows(ws, header_row + 1)}


def cell_of(ws, header_row, row, header):
    col = column(ws, header, header_row)
    return None if col is None else row[col - 1]


def nospace(s):
    return "".join(str(s or "").split())


def check_layout(wb, label):
    """Every sheet: legal unique name, bold frozen header, autofilter, CJK-fitted widths, wraps."""
    names = [ws.title for ws in wb.worksheets]
    check(len(set(n.lower() for n in names)) == len(names), f"{label}: sheet names unique: {names}")
    for ws in wb.worksheets:
        name = ws.title
        check(len(name) <= 31 and not any(c in name for c in "[]:*?/\\"), f"{label}: legal sheet name {name!r}")
        header_row = 2 if ws.title not in FIXED else 1
        check(ws.freeze_panes == f"A{header_row + 1}", f"{name}: header frozen (got {ws.freeze_panes})")
        check(all(c.font.b for c in ws[header_row] if c.value is not None), f"{name}: header bold")
        check(bool(ws.auto_filter.ref) and ws.auto_filter.ref.startswith(f"A{header_row}:"),
              f"{name}: autofilter on the header (got {ws.auto_filter.ref})")
        # Print-ready (issue 15): landscape, fit to one page wide, header row on every page.
        check(ws.page_setup.orientation == "landscape", f"{name}: printed landscape")
        # (fitToWidth absent means 1, its default in the file format)
        check(ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (None, 1)
              and ws.page_setup.fitToHeight == 0, f"{name}: printed one page wide")
        check(ws.print_title_rows == f"${header_row}:${header_row}",
              f"{name}: header row repeated on every printed page (got {ws.print_title_rows})")
        for col in ws.iter_cols(min_row=header_row):
            letter = col[0].column_letter
            need = min(60, max(width(c.value) for c in col if isinstance(c.value, str)) if any(
                isinstance(c.value, str) for c in col) else 0)
            got = ws.column_dimensions[letter].width or 0
            check(got >= need, f"{name}!{letter}: width {got} fits CJK text of width {need}")
            for c in col:
                if isinstance(c.value, str) and width(c.value) > 62 and c.row > header_row:
                    check(c.alignment.wrap_text, f"{name}!{c.coordinate}: long cell wrapped")
                    break


def test_corpus(tmp):
    out = os.path.join(tmp, "corpus.xlsx")
    r = run("xlsx", *CORPUS, "-o", out, "--as-of", "2025-01-01")
    check(r.returncode == 0, f"xlsx on the corpus exits 0 (got {r.returncode}: {r.stderr.strip()})")
    check(not [f for f in os.listdir(tmp) if f.startswith(".")], "no temporary file left behind")
    wb = openpyxl.load_workbook(out)
    names = wb.sheetnames
    check(names[0] == "文件" and names[-3:] == ["期限", "引用", "检查"], f"sheet order: {names}")
    check_layout(wb, "corpus")

    # Catalog sections: rows per section as printed (2024-38.txt:164, 178, 347; 2021-44.txt:300;
    # 2023-42.txt:945 宣布废止失效 57 件).
    expect = [(("2024年第38期", "京人社事业发〔2024〕10号", "急需紧缺境外职业资格清单"), 8, "急需紧缺境外职业资格清单"),
              (("2024年第38期", "京人社事业发〔2024〕10号", "(二)境外职业资格清单"), 129, "境外职业资格清单"),
              (("2024年第38期", "京人社事业发〔2024〕10号", "出海职业认证清单"), 12, "出海职业认证清单"),
              (("2021年第44期", "京人社事业发〔2021〕33号"), 82, None),
              (("2023年第42期", "京人社发〔2023〕10号"), 57, "北京市人力资源和社会保障局宣布废止失效的文件目录")]
    for needles, count, name in expect:
        ws = find_table(wb, *needles)
        check(ws is not None, f"a table sheet for {needles}")
        if ws is None:
            continue
        check(len(rows(ws, 3)) == count, f"{ws.title}: {count} rows (got {len(rows(ws, 3))})")
        check(f"found {count})" in str(ws["A1"].value) and "MISMATCH" not in str(ws["A1"].value),
              f"{ws.title}: note gives the counts: {ws['A1'].value}")
        if name:
            check(name in ws.title, f"sheet named after its section: {name} in {ws.title!r}")

    # Sampled catalog cells.
    ws = find_table(wb, "急需紧缺境外职业资格清单")
    if ws:
        by_seq = data_rows_by(ws, 2, "序号")
        row1 = by_seq.get(1)  # 2024-38.txt:167
        check(row1 is not None and nospace(cell_of(ws, 2, row1, "职业资格证书名称")) == "IEEE会士证书(Fellow)",
              f"2024-38.txt:167 name: {row1}")
        check(row1 is not None and not cell_of(ws, 2, row1, "国家(地区)"), "2024-38.txt:167 blank country")
        check(row1 is not None and cell_of(ws, 2, row1, "出处") == "tests/corpus/2024-38.txt:167", "row 1 file:line")
        row8 = by_seq.get(8)  # 2024-38.txt:176
        check(row8 is not None and cell_of(ws, 2, row8, "领域") == "金融、会计", f"2024-38.txt:176 field: {row8}")
        check(isinstance(ws["A3"].value, int), f"序号 stored as a number: {ws['A3'].value!r}")
    ws = find_table(wb, "2021年第44期", "京人社事业发〔2021〕33号")
    if ws:
        by_seq = data_rows_by(ws, 2, "序号")
        row82 = by_seq.get(82)  # 2021-44.txt:408
        check(row82 is not None and cell_of(ws, 2, row82, "职业资格证书名称") == "执业兽医资格"
              and cell_of(ws, 2, row82, "国家(地区)") == "中国台湾", f"2021-44.txt:408 row 82: {row82}")
    ws = find_table(wb, "2023年第42期", "京人社发〔2023〕10号")
    if ws:
        by_seq = data_rows_by(ws, 2, "序号")
        check(by_seq.get(57) and by_seq[57][2] == "京人社监发〔2022〕21号", "2023-42.txt:1024 row 57 文号")
        check(by_seq.get(44) and by_seq[44][2] == "〔87〕市劳险字第224号", "2023-42.txt:1009 row 44 文号")

    # 文件: dates typed as dates (2024-38.txt:156 signed 2024年9月2日; 2024-38.txt:1008 effective
    # 2024 年 11 月 1 日).
    docs = wb["文件"]
    by_docno = data_rows_by(docs, 1, "文号")
    # Own 文号 lines: 2024-38 7, 2021-44 8, 2024-16 8 (the reading aid's list, re-read), 2023-42 10
    # (2023-42.txt:108, 131, 308, 334, 358, 408, 943, 1034, 1056, 1091).
    check(len(rows(docs, 2)) == 7 + 8 + 8 + 10, f"文件: a row per document ({len(rows(docs, 2))})")
    d1 = by_docno.get("京人社事业发〔2024〕10号")
    check(d1 is not None and cell_of(docs, 1, d1, "成文日期") == datetime.datetime(2024, 9, 2),
          f"2024-38.txt:156 signing date as a date: {d1}")
    d7 = by_docno.get("京药监发〔2024〕230号")
    check(d7 is not None and cell_of(docs, 1, d7, "生效日期") == datetime.datetime(2024, 11, 1),
          f"2024-38.txt:1008 effective date as a date: {d7}")
    check(d7 is not None and cell_of(docs, 1, d7, "状态 (2025-01-01)") == "in-force", "status as of 2025-01-01")
    signed_col = column(docs, "成文日期", 1)
    date_cells = [docs.cell(row=i, column=signed_col) for i in range(2, docs.max_row + 1)]
    check(all(c.is_date and c.number_format == "yyyy-mm-dd" for c in date_cells if c.value is not None),
          "every 成文日期 is an Excel date formatted yyyy-mm-dd")

    # 引用: 2024-38.txt:146 …(京人社事业发〔2023〕24 号)同时废止.
    refs = wb["引用"]
    repeal = [r for r in rows(refs, 2) if r[1] == "京人社事业发〔2023〕24号" and r[2] == "repeals"]
    check(len(repeal) == 1 and repeal[0][4] == "京人社事业发〔2024〕10号"
          and repeal[0][7] == "tests/corpus/2024-38.txt:146", f"2024-38.txt:146 repeal in 引用: {repeal}")
    # 期限: 2024-38.txt:1008.
    dl = [r for r in rows(wb["期限"], 2) if r[1] == "京药监发〔2024〕230号" and r[3] == "effective"
          and r[4] == datetime.datetime(2024, 11, 1)]
    check(bool(dl), "2024-38.txt:1008 effective date in 期限")
    # 检查: the sample issues add up.
    findings = rows(wb["检查"], 2)
    check(len(findings) == 1 and "no findings" in str(findings[0][0]), f"检查 says no findings: {findings[:3]}")

    # No formulas anywhere: every cell is stored as a value.
    with zipfile.ZipFile(out) as z:
        check(not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in z.namelist()
                      if n.startswith("xl/worksheets/")), "no formula in any sheet")
    return by_docno


def test_sort(tmp):
    out = os.path.join(tmp, "sorted.xlsx")
    r = run("xlsx", *CORPUS, "-o", out, "--sort", "pinyin", "--as-of", "2025-01-01")
    check(r.returncode == 0, f"--sort pinyin exits 0 ({r.stderr.strip()})")
    titles = [row[2] for row in rows(openpyxl.load_workbook(out)["文件"], 2)]
    # 2023-42.txt:355 关于本市企业招用… (běn) sorts before 2021-44.txt:69 关于印发《北京市知识产权专业…
    # (yìn), which document order (2021-44 first) and code point order (印 U+5370 < 本 U+672C) reverse.
    a = "关于本市企业招用高校毕业生等青年享受一次性吸纳就业补贴有关事项的通知"
    b = "关于印发《北京市知识产权专业职称评价试行办法》的通知"
    check(a in titles and b in titles and titles.index(a) < titles.index(b), "pinyin order: 本 before 印")
    check(len(titles) == 33, f"sorted sheet keeps every row ({len(titles)})")


def test_limits(tmp):
    out = os.path.join(tmp, "limits.xlsx")
    r = run("xlsx", LIMITS, "-o", out, "--as-of", "2025-03-01")
    check(r.returncode == 0, f"xlsx on {LIMITS} exits 0 ({r.stderr.strip()})")
    wb = openpyxl.load_workbook(out)
    check_layout(wb, "limits")
    # xlsx-limits.txt:65 caption: []/ replaced, cut to 31 characters, and said on stderr.
    want = "测试_文件_目录_北京市测试管理局关于公布第一批测试事项所涉及"
    check(want in wb.sheetnames, f"sheet name made legal: {wb.sheetnames}")
    check("named \"" + want in r.stderr, "renamed sheet reported on stderr")
    ws = wb[want] if want in wb.sheetnames else table_sheets(wb)[0]
    by_seq = data_rows_by(ws, 2, "序号")
    # xlsx-limits.txt:68: a cell beginning with = is text, not a formula.
    f = ws.cell(row=3, column=2)
    check(f.value == '=HYPERLINK("http://example.com","点击")' and f.data_type == "s",
          f"= cell read back as text: {f.value!r} ({f.data_type})")
    # xlsx-limits.txt:69: 34,000 characters cut to Excel's 32,767, marked, and said.
    long = by_seq.get(2)
    long_text = cell_of(ws, 2, long, "文件名称") if long else ""
    check(len(long_text or "") == 32767 and long_text.endswith("…[truncated]"), f"long cell cut ({len(long_text or '')})")
    check("cut at 32,767" in str(ws["A1"].value), "truncation said in the note")
    check("cut at 32,767 characters" in r.stderr, "truncation said on stderr")
    # xlsx-limits.txt:53: 四、 after 二、 is a finding with file:line.
    findings = rows(wb["检查"], 2)
    check(any(row[2] == "section-gap" and row[4] == f"{LIMITS}:53" for row in findings),
          f"planted numbering gap in 检查: {findings}")


def test_errors(tmp):
    out = os.path.join(tmp, "keep.xlsx")
    with open(out, "wb") as fh:
        fh.write(b"previous")
    r = run("xlsx", "tests/corpus/no-such-issue.txt", "-o", out)
    check(r.returncode == 3, f"missing input exits 3 (got {r.returncode})")
    check(open(out, "rb").read() == b"previous", "existing output untouched on input error")
    r = run("xlsx", LIMITS, "-o", os.path.join(tmp, "no-such-dir", "x.xlsx"))
    check(r.returncode == 4 and "no-such-dir" in r.stderr, f"unwritable output exits 4 ({r.returncode}: {r.stderr})")
    r = run("xlsx", LIMITS)
    check(r.returncode == 2, f"-o is required: exit 2 (got {r.returncode})")
    r = run("xlsx", LIMITS, "-o", out, "--sort", "stroke")
    check(r.returncode == 2, f"unknown --sort: exit 2 (got {r.returncode})")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        test_corpus(tmp)
        test_sort(tmp)
        test_limits(tmp)
        test_errors(tmp)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
