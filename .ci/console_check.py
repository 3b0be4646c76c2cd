"""Runs a README console block against the running server: every `$ command` as written, its
output compared with the lines under it. Timings (`dur=7.38`) are not compared. With `curl -i`,
the README shows some of the headers: those must come in that order, the body must be equal.

Usage: python3 console_check.py BLOCK_FILE
"""

import re
import subprocess
import sys


def examples(lines):
    """(command, expected output lines) for each `$ ` line of the block."""
    result = []
    for line in lines:
        if line.startswith("$ "):
            result.append((line[2:], []))
        elif result:
            result[-1][1].append(line)
        else:
            raise SystemExit(f"console block: output before any command: {line!r}")
    return result


def normal(lines):
    return [re.sub(r"dur=\d+(\.\d+)?", "dur=N", line.rstrip("\r")) for line in lines]


def in_order(expected, actual):
    rest = iter(actual)
    return all(any(line == seen for seen in rest) for line in expected)


def main(path):
    with open(path, encoding="utf-8") as block:
        lines = block.read().splitlines()
    failures = 0
    for command, expected in examples(lines):
        run = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
        actual = normal(run.stdout.splitlines())
        while actual and not actual[-1] and " -i " in command:
            actual.pop()  # the blank line that ends the headers of a response without a body (204)
        want = normal(expected)
        if " -i " in command:
            ok = bool(actual) and actual[-1] == want[-1] and in_order(want, actual)
        else:
            ok = actual == want
        print(f"ci: $ {command}: {'as in the README' if ok else 'DIFFERS'}")
        if not ok:
            failures += 1
            print("  README:\n    " + "\n    ".join(want) + "\n  printed:\n    " + "\n    ".join(actual))
    if failures:
        raise SystemExit(f"ci: {failures} console example(s) differ from the README")


if __name__ == "__main__":
    main(sys.argv[1])
