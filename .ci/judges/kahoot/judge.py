"""Reads a Kahoot spreadsheet with openpyxl and checks Kahoot's template layout.

Usage: judge.py FILE.xlsx -> prints "ok<TAB>N" (N questions) and exits 0, or prints what is
wrong and exits 1. The rules are those of Kahoot's own quiz template: headers on row 8,
questions from row 9 (at most 100), B the question (<= 120 characters), C-F the answers
(<= 75, at least two), G the time limit (5, 10, 20, 30, 60, 90, 120 or 240 seconds), H the
numbers of the right answers ("1,3"), each naming a non-empty answer.
"""
import re
import sys

import openpyxl

TIMES = {5, 10, 20, 30, 60, 90, 120, 240}


def main(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(min_row=1, max_col=8, values_only=True))
    errors = []
    if len(rows) < 8:
        print("no row 8")
        return 1
    header = rows[7]
    if not str(header[1] or "").startswith("Question"):
        errors.append(f"B8 is {header[1]!r}")
    for k in range(4):
        if not str(header[2 + k] or "").startswith(f"Answer {k + 1}"):
            errors.append(f"{'CDEF'[k]}8 is {header[2 + k]!r}")
    if not str(header[6] or "").startswith("Time limit"):
        errors.append(f"G8 is {header[6]!r}")
    if not str(header[7] or "").startswith("Correct answer"):
        errors.append(f"H8 is {header[7]!r}")
    count = 0
    for n, row in enumerate(rows[8:], start=9):
        row = list(row) + [None] * (8 - len(row))
        if all(v in (None, "") for v in row[1:8]):
            continue
        count += 1
        question, answers, time, correct = row[1], row[2:6], row[6], row[7]
        if not isinstance(question, str) or not question.strip() or len(question) > 120:
            errors.append(f"B{n}: {question!r}")
        filled = [a for a in answers if a not in (None, "")]
        if len(filled) < 2:
            errors.append(f"row {n}: fewer than two answers")
        for k, a in enumerate(answers):
            if a is not None and len(str(a)) > 75:
                errors.append(f"{'CDEF'[k]}{n}: longer than 75")
        if time not in TIMES:
            errors.append(f"G{n}: time {time!r}")
        if not re.fullmatch(r"[1-4](,[1-4])*", str(correct or "")):
            errors.append(f"H{n}: {correct!r}")
        else:
            for k in str(correct).split(","):
                if answers[int(k) - 1] in (None, ""):
                    errors.append(f"H{n}: answer {k} is empty")
    if count > 100:
        errors.append(f"{count} questions (Kahoot takes 100)")
    if errors:
        print("\n".join(errors))
        return 1
    print(f"ok\t{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
