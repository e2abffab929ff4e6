#!/usr/bin/env python3
"""Builds a benchmark corpus of distinct gazette issues derived from tests/corpus.

usage: bench_corpus.py GAZETTE OUT_DIR MEGABYTES

Each output issue starts from one sample issue and is made distinct, so that no cache or
deduplication flatters a measurement:
  - every 文号 and date is renumbered (year shifted, sequence number offset; the same mapping
    throughout one issue, so references inside it still meet their targets);
  - the issue number (第N期, 总第N期) changes;
  - the documents of the body are shuffled (spans from `gazette documents --format json`;
    the last document, which carries the back matter, stays last);
  - page breaks vary: running heads (北京市人民政府公报) are dropped at random and inserted
    at random paragraph breaks.
The generator is deterministic (seeded by the issue's index).
"""
import json
import os
import random
import re
import subprocess
import sys

RUNNING_HEAD = "北京市人民政府公报"
DOCNO = re.compile(r"([〔\[［])(\s*)(\d{4})(\s*)([〕\]］])(\s*第?\s*)(\d+)(\s*号)")
YEAR = re.compile(r"(?<!\d)(\d{4})(\s*年)")
YEAR_LINE = re.compile(r"^(\d{4})(\s*)$", re.M)
ISSUE_NO = re.compile(r"第(\s*)(\d+)(\s*)期")


def document_starts(gazette, path):
    out = subprocess.run([gazette, "documents", "--format", "json", path], check=True,
                         capture_output=True, text=True).stdout
    return sorted({json.loads(l)["line"] for l in out.splitlines() if l.strip()})


def shuffle_documents(lines, starts, rng):
    """Returns (front matter, body): the body's documents shuffled, the last one kept last."""
    if len(starts) < 3:
        return lines, []
    idx = [s - 1 for s in starts]  # 0-based
    head = lines[: idx[0]]
    blocks = [lines[idx[i] : idx[i + 1]] for i in range(len(idx) - 1)]
    tail = lines[idx[-1] :]
    rng.shuffle(blocks)
    return head, [l for b in blocks for l in b] + tail


def vary_page_breaks(lines, rng):
    out = []
    for i, line in enumerate(lines):
        if line.strip() == RUNNING_HEAD and rng.random() < 0.3:
            continue
        out.append(line)
        if not line.strip() and 0 < i < len(lines) - 1 and lines[i - 1].strip() and rng.random() < 0.04:
            out.extend([RUNNING_HEAD + "\n", "\n"])
    return out


def renumber(text, rng, index):
    dy = rng.randint(-8, 1)
    offset = 1 + index % 97

    def docno(m):
        return (m.group(1) + m.group(2) + str(int(m.group(3)) + dy) + m.group(4) + m.group(5) +
                m.group(6) + str(int(m.group(7)) + offset) + m.group(8))

    def year(m):
        y = int(m.group(1))
        return (str(y + dy) if 1950 <= y <= 2100 else m.group(1)) + m.group(2)

    def issue_no(m):
        return "第" + m.group(1) + str(int(m.group(2)) + index) + m.group(3) + "期"

    text = DOCNO.sub(docno, text)
    text = YEAR.sub(year, text)
    text = YEAR_LINE.sub(year, text)
    return ISSUE_NO.sub(issue_no, text)


def main():
    gazette, out_dir, megabytes = sys.argv[1], sys.argv[2], float(sys.argv[3])
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "corpus")
    samples = sorted(os.path.join(root, f) for f in os.listdir(root) if f.endswith(".txt"))
    sources = []
    for path in samples:
        with open(path, encoding="utf-8") as f:
            sources.append((f.readlines(), document_starts(gazette, path)))
    os.makedirs(out_dir, exist_ok=True)
    target = megabytes * 1024 * 1024
    written, index = 0, 0
    while written < target:
        rng = random.Random(index)
        lines, starts = sources[index % len(sources)]
        front, body = shuffle_documents(lines, starts, rng)
        text = "".join(front + vary_page_breaks(body, rng))
        text = renumber(text, rng, index)
        data = text.encode("utf-8")
        with open(os.path.join(out_dir, "issue-%05d.txt" % index), "wb") as f:
            f.write(data)
        written += len(data)
        index += 1
    print("bench corpus: %d issues, %.1f MB in %s" % (index, written / 1048576, out_dir))


if __name__ == "__main__":
    main()
