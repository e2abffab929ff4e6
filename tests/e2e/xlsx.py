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

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
from e2e import GAZETTE, check, finish, run  # noqa: E402
CORPUS = ["tests/corpus/2021-44.txt", "tests/corpus/2023-42.txt", "tests/corpus/2024-16.txt",
          "tests/corpus/2024-38.txt"]
LIMITS = "tests/data/xlsx-limits.txt"
FIXED = ["文件", "表格目录", "期限", "引用", "检查"]
LINE_HEIGHT = 15  # points a wrapped line adds (Excel's default row height)


def char_width(c):
    """A CJK (wide or full-width) character counts as two, and so do the quotes and dashes Chinese
    text sets full width (“”‘’—…)."""
    return 2 if unicodedata.east_asian_width(c) in "WF" or c in "“”‘’—…" else 1


def width(text):
    """Display width of the widest line."""
    return max((sum(char_width(c) for c in line) for line in str(text).split("\n")), default=0)


def rows(ws, first):
    """The data rows of WS from row FIRST on, as tuples of values."""
    return [r for r in ws.iter_rows(min_row=first, values_only=True) if any(v is not None for v in r)]


def table_sheets(wb):
    return [ws for ws in wb.worksheets if ws.title not in FIXED]


def index_rows(wb):
    """The 表格目录 rows as dicts by header."""
    ws = wb["表格目录"]
    headers = [c.value for c in ws[1]]
    return [dict(zip(headers, r)) for r in rows(ws, 2) if r[1] is not None]


def find_section(wb, issue, docno, section=""):
    """The 表格目录 row of the table section of DOCNO in ISSUE whose 节 contains SECTION."""
    for r in index_rows(wb):
        if r["期号"] == issue and r["文号"] == docno and section in str(r["节"] or ""):
            return r
    return None


def section_rows(wb, entry):
    """The rows of the catalog sheet ENTRY (a 表格目录 row) names that come from its issue and 文号."""
    if entry is None or entry["工作表"] not in wb.sheetnames:
        return []
    return [r for r in rows(wb[entry["工作表"]], 2) if r[0] == entry["期号"] and r[1] == entry["文号"]]


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
        header_row = 1
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
        check_row_heights(ws, name)


def wrapped_lines(text):
    """Lines a wrapped cell takes in a 60-wide column, a CJK character counting two."""
    return sum(max(1, -(-sum(char_width(c) for c in line) // 60))
               for line in str(text).split("\n"))


def check_row_heights(ws, name):
    """A row with a wrapped cell is as high as its longest cell's lines; others keep the default."""
    for row in ws.iter_rows(min_row=2):
        lines = max([wrapped_lines(c.value) for c in row if isinstance(c.value, str) and c.alignment.wrap_text] or [1])
        got = ws.row_dimensions[row[0].row].height
        want = min(409, lines * LINE_HEIGHT) if lines > 1 else None
        if got != want:
            check(False, f"{name}!{row[0].row}: height {got} for {lines} line(s) (want {want})")
            return
    check(True, f"{name}: row heights")


def test_corpus(tmp):
    out = os.path.join(tmp, "corpus.xlsx")
    r = run("xlsx", *CORPUS, "-o", out, "--as-of", "2025-01-01")
    check(r.returncode == 0, f"xlsx on the corpus exits 0 (got {r.returncode}: {r.stderr.strip()})")
    check(not [f for f in os.listdir(tmp) if f.startswith(".")], "no temporary file left behind")
    wb = openpyxl.load_workbook(out)
    names = wb.sheetnames
    check(names[:2] == ["文件", "表格目录"] and names[-3:] == ["期限", "引用", "检查"], f"sheet order: {names}")
    check_layout(wb, "corpus")

    # One sheet per catalog (schema and section title) across the issues, named after it; a
    # title longer than 31 characters cut to 26 and tagged ~ and four hex digits.
    catalogs = [n for n in names if n not in FIXED]
    # 2021-44.txt:300 (title cut), 770, 791; 2023-42.txt:959, 1082, 1153; 2024-38.txt:164, 178, 347.
    long = "国家服务业扩大开放综合示范区和中国(北京)自由贸易试"
    want = ["企业项目支持方向表", "支持北京市外贸企业提升国际化经营能力支持内容及标准",
            "北京市人力资源和社会保障局宣布废止失效的文件目录", "新增医疗服务价格项目规范表", "试点医疗机构名单",
            "(一)急需紧缺境外职业资格清单", "(二)境外职业资格清单", "(三)出海职业认证清单"]
    check(len(catalogs) == 9 and catalogs[1:] == want, f"catalog sheets: {catalogs}")
    check(catalogs and catalogs[0].startswith(long) and len(catalogs[0]) == 31
          and all(c in "0123456789abcdef" for c in catalogs[0][-4:]) and catalogs[0][-5] == "~",
          f"long catalog title cut and tagged: {catalogs[:1]}")
    for n in catalogs:
        head = [c.value for c in wb[n][1]]
        check(head[:2] == ["期号", "文号"] and head[-2:] == ["出处", "修复"], f"{n}: 期号, 文号 first ({head})")

    # Catalog sections: rows per section as printed (2024-38.txt:164, 178, 347; 2021-44.txt:300;
    # 2023-42.txt:945 宣布废止失效 57 件), found in 表格目录 and on their catalog sheet.
    expect = [(("2024年第38期", "京人社事业发〔2024〕10号", "急需紧缺境外职业资格清单"), 8),
              (("2024年第38期", "京人社事业发〔2024〕10号", "(二)境外职业资格清单"), 129),
              (("2024年第38期", "京人社事业发〔2024〕10号", "出海职业认证清单"), 12),
              (("2021年第44期", "京人社事业发〔2021〕33号"), 82),
              (("2023年第42期", "京人社发〔2023〕10号"), 57)]
    for needles, count in expect:
        entry = find_section(wb, *needles)
        check(entry is not None, f"a 表格目录 row for {needles}")
        if entry is None:
            continue
        check(entry["本节找到"] == count and entry["行数"] == count, f"{needles}: {count} rows ({entry})")
        check(f"found {count})" in str(entry["核对"]) and "MISMATCH" not in str(entry["核对"]),
              f"{needles}: 核对 gives the counts: {entry['核对']}")
        got = section_rows(wb, entry)
        check(len(got) == count, f"{entry['工作表']}: {count} rows of {needles[1]} (got {len(got)})")
    # Every catalog sheet holds exactly the rows 表格目录 lists for it, whichever issue they came from.
    listed = {}
    for r in index_rows(wb):
        listed[r["工作表"]] = listed.get(r["工作表"], 0) + r["行数"]
    for n in catalogs:
        check(len(rows(wb[n], 2)) == listed.get(n), f"{n}: {len(rows(wb[n], 2))} rows, 表格目录 lists {listed.get(n)}")

    # Sampled catalog cells.
    ws = wb["(一)急需紧缺境外职业资格清单"] if "(一)急需紧缺境外职业资格清单" in names else None
    if ws:
        by_seq = data_rows_by(ws, 1, "序号")
        row1 = by_seq.get(1)  # 2024-38.txt:167
        check(row1 is not None and nospace(cell_of(ws, 1, row1, "职业资格证书名称")) == "IEEE会士证书(Fellow)",
              f"2024-38.txt:167 name: {row1}")
        check(row1 is not None and not cell_of(ws, 1, row1, "国家(地区)"), "2024-38.txt:167 blank country")
        check(row1 is not None and cell_of(ws, 1, row1, "出处") == "tests/corpus/2024-38.txt:167", "row 1 file:line")
        check(row1 is not None and row1[:2] == ("2024年第38期", "京人社事业发〔2024〕10号"), f"row 1 期号, 文号: {row1}")
        row8 = by_seq.get(8)  # 2024-38.txt:176
        check(row8 is not None and cell_of(ws, 1, row8, "领域") == "金融、会计", f"2024-38.txt:176 field: {row8}")
        check(isinstance(ws["C2"].value, int), f"序号 stored as a number: {ws['C2'].value!r}")
        # 2024-38.txt:167: the 备注 is far wider than a column, so row 2 is several lines high.
        check((ws.row_dimensions[2].height or 0) >= 3 * LINE_HEIGHT, f"row 2 height {ws.row_dimensions[2].height}")
    entry = find_section(wb, "2021年第44期", "京人社事业发〔2021〕33号")
    if entry:
        ws = wb[entry["工作表"]]
        by_seq = {r[2]: r for r in section_rows(wb, entry)}
        row82 = by_seq.get(82)  # 2021-44.txt:408
        check(row82 is not None and cell_of(ws, 1, row82, "职业资格证书名称") == "执业兽医资格"
              and cell_of(ws, 1, row82, "国家(地区)") == "中国台湾", f"2021-44.txt:408 row 82: {row82}")
    entry = find_section(wb, "2023年第42期", "京人社发〔2023〕10号")
    if entry:
        ws = wb[entry["工作表"]]
        by_seq = {r[2]: r for r in section_rows(wb, entry)}
        docno = column(ws, "文号", 1) and [i for i, c in enumerate(ws[1]) if c.value == "文号"][-1]
        check(by_seq.get(57) and by_seq[57][docno] == "京人社监发〔2022〕21号", "2023-42.txt:1024 row 57 文号")
        check(by_seq.get(44) and by_seq[44][docno] == "〔87〕市劳险字第224号", "2023-42.txt:1009 row 44 文号")

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
    check(d7 is not None and cell_of(docs, 1, d7, "状态 (2025-01-01)") == "有效"
          and cell_of(docs, 1, d7, "状态代码") == "in-force", f"status as of 2025-01-01 in Chinese, code beside: {d7}")
    # 2023-42.txt:392 京人社毕发〔2023〕23号: 本政策实施期限截至2023年12月31日, expired on 2025-01-01.
    d23 = by_docno.get("京人社毕发〔2023〕23号")
    check(d23 is not None and cell_of(docs, 1, d23, "状态 (2025-01-01)") == "已失效"
          and cell_of(docs, 1, d23, "状态代码") == "expired", f"expired document labelled 已失效: {d23}")
    labels = {"in-force": "有效", "not-yet-in-force": "尚未生效", "expired": "已失效", "repealed": "已废止",
              "replaced": "已被修订或替代", "amended": "已修改", "supplemented": "已补充", "unknown": "时效不详"}
    pairs = {(cell_of(docs, 1, r, "状态 (2025-01-01)"), cell_of(docs, 1, r, "状态代码")) for r in by_docno.values()}
    check(all(labels.get(code) == zh for zh, code in pairs), f"every status label matches its code: {pairs}")
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
    # xlsx-limits.txt:65 caption: []/ replaced, longer than 31 characters so cut to 26 and tagged
    # with a hash, and said on stderr.
    prefix = "测试_文件_目录_北京市测试管理局关于公布第一批测试"
    tables = table_sheets(wb)
    check(len(tables) == 1 and tables[0].title.startswith(prefix + "~") and len(tables[0].title) == 31,
          f"sheet name made legal: {wb.sheetnames}")
    check("named \"" + prefix + "~" in r.stderr, "renamed sheet reported on stderr")
    ws = tables[0]
    by_seq = data_rows_by(ws, 1, "序号")
    # xlsx-limits.txt:68: a cell beginning with = is text, not a formula.
    f = ws.cell(row=2, column=column(ws, "文件名称", 1) or 1)
    check(f.value == '=HYPERLINK("http://example.com","点击")' and f.data_type == "s",
          f"= cell read back as text: {f.value!r} ({f.data_type})")
    # xlsx-limits.txt:69: 34,000 characters cut to Excel's 32,767, marked, and said.
    long = by_seq.get(2)
    long_text = cell_of(ws, 1, long, "文件名称") if long else ""
    check(len(long_text or "") == 32767 and long_text.endswith("…[truncated]"), f"long cell cut ({len(long_text or '')})")
    entry = index_rows(wb)[0] if index_rows(wb) else {}
    check("cut at 32,767" in str(entry.get("核对")), f"truncation said in 表格目录: {entry}")
    check("cut at 32,767 characters" in r.stderr, "truncation said on stderr")
    check(ws.row_dimensions[3].height == 409, f"the cut cell's row at Excel's highest: {ws.row_dimensions[3].height}")
    # xlsx-limits.txt:53: 四、 after 二、 is a finding with file:line.
    findings = rows(wb["检查"], 2)
    check(any(row[2] == "section-gap" and row[4] == f"{LIMITS}:53" for row in findings),
          f"planted numbering gap in 检查: {findings}")


def test_across_issues(tmp):
    """A catalog printed in two issues is one sheet holding both issues' rows, told apart by 期号."""
    # 2024-38.txt:9 and :20 print the issue number; a copy numbered 39 is another issue.
    copy = os.path.join(tmp, "2024-39.txt")
    with open("tests/corpus/2024-38.txt", encoding="utf-8") as src, open(copy, "w", encoding="utf-8") as dst:
        for i, line in enumerate(src, 1):
            dst.write(line.replace("第 38 期", "第 39 期").replace("第38期", "第39期") if i in (9, 20) else line)
    out = os.path.join(tmp, "two.xlsx")
    r = run("xlsx", *CORPUS, copy, "-o", out, "--as-of", "2025-01-01")
    check(r.returncode == 0, f"xlsx over five issues exits 0 ({r.stderr.strip()})")
    wb = openpyxl.load_workbook(out)
    catalogs = [n for n in wb.sheetnames if n not in FIXED]
    check(len(catalogs) == 9, f"still one sheet per catalog, not per issue: {catalogs}")
    # 2024-38.txt:164 (一) 8 项, :178 (二) 129 项, :347 (三) 12 项 — in each of the two issues.
    for name, count in (("(一)急需紧缺境外职业资格清单", 8), ("(二)境外职业资格清单", 129), ("(三)出海职业认证清单", 12)):
        got = rows(wb[name], 2) if name in wb.sheetnames else []
        by_issue = {i: sum(1 for r in got if r[0] == i) for i in ("2024年第38期", "2024年第39期")}
        check(len(got) == 2 * count and by_issue == {"2024年第38期": count, "2024年第39期": count},
              f"{name}: {count} rows from each issue ({by_issue}, {len(got)} in all)")
        listed = sum(r["行数"] for r in index_rows(wb) if r["工作表"] == name)
        check(listed == len(got), f"{name}: 表格目录 lists {listed} rows, the sheet holds {len(got)}")
    # The same catalog gets the same (cut, tagged) name from one issue alone.
    one = os.path.join(tmp, "one.xlsx")
    run("xlsx", "tests/corpus/2021-44.txt", "-o", one, "--as-of", "2025-01-01")
    check(openpyxl.load_workbook(one).sheetnames[2] == catalogs[0],
          f"stable name: {openpyxl.load_workbook(one).sheetnames[2]} and {catalogs[0]}")
    # --jobs 1 and --jobs 2 write the same workbook (but for its creation time).
    books = []
    for jobs in ("1", "2"):
        path = os.path.join(tmp, f"jobs{jobs}.xlsx")
        run("xlsx", *CORPUS, copy, "-o", path, "--as-of", "2025-01-01", "--jobs", jobs)
        with zipfile.ZipFile(path) as z:
            books.append({n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"})
    check(books[0] == books[1], "--jobs 1 and --jobs 2 write the same sheets")
    # Each sheet keeps a temporary file open until the workbook closes: a low soft limit on open
    # files is raised toward the hard one instead of failing at the 14th sheet.
    low = os.path.join(tmp, "low.xlsx")
    r = subprocess.run(["bash", "-c", 'ulimit -Sn 16 && exec "$@"', "-", GAZETTE, "xlsx", *CORPUS, copy,
                        "-o", low, "--as-of", "2025-01-01"], capture_output=True, text=True)
    check(r.returncode == 0 and os.path.exists(low), f"xlsx under ulimit -Sn 16 exits 0 ({r.stderr.strip()[-200:]})")
    # gazette tables --format xlsx: the same catalog layout, 表格目录 and the catalog sheets only.
    tables = os.path.join(tmp, "tables.xlsx")
    r = run("tables", "tests/corpus/2024-38.txt", "--format", "xlsx", "-o", tables)
    names = openpyxl.load_workbook(tables).sheetnames if r.returncode == 0 else []
    check(names == ["表格目录", "(一)急需紧缺境外职业资格清单", "(二)境外职业资格清单", "(三)出海职业认证清单"],
          f"tables --format xlsx sheets: {names}")


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
        test_across_issues(tmp)
        test_errors(tmp)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
