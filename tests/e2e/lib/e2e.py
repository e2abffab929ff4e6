"""What the Python end-to-end scripts share: the binary under test (argv[1]), a runner, and a
tally of checks. Import it after `sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))`.
"""
import os
import subprocess
import sys

GAZETTE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "build/gazette"
_tally = {"passed": 0, "failed": 0}


def check(ok, what):
    """Counts a check; prints WHAT when it failed."""
    if ok:
        _tally["passed"] += 1
    else:
        _tally["failed"] += 1
        print("FAIL:", what)


def run(*args):
    """Runs gazette ARGS, capturing stdout and stderr as text."""
    return subprocess.run([GAZETTE, *args], capture_output=True, text=True)


def finish(label=""):
    """Prints "LABELN passed, M failed" and returns the exit code (1 when any check failed)."""
    print(f"{label}{_tally['passed']} passed, {_tally['failed']} failed")
    return 1 if _tally["failed"] else 0
