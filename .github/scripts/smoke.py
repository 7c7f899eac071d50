#!/usr/bin/env python3
"""Offscreen smoke run of both programs, the same on Linux, Windows and macOS.

Usage: smoke.py BUILD_DIR

Each program must answer --help and --version with exit code 0, and must open its window
(on Qt's offscreen platform) and still be running two seconds later: a crash at start-up, a
missing plugin or a missing library fails the run with the program's own output.
"""
import os
import subprocess
import sys
import time
from pathlib import Path

PROGRAMS = {"bindlab-server": "server-gui", "bindlab-client": "client-gui"}


def find_program(build: Path, name: str, folder: str) -> Path:
    base = build / folder
    candidates = [
        base / name,                                    # Linux, single-config generators
        base / f"{name}.exe",                           # Windows (Ninja)
        base / "Release" / f"{name}.exe",               # Windows (Visual Studio generator)
        base / f"{name}.app" / "Contents" / "MacOS" / name,  # macOS bundle
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    sys.exit(f"smoke: {name} not found under {base}")


def run_and_check(program: Path, args, env) -> None:
    result = subprocess.run([str(program), *args], env=env, capture_output=True, text=True,
                            timeout=60)
    shown = (result.stdout + result.stderr).strip().splitlines()[:3]
    print(f"smoke: {program.name} {' '.join(args)} -> {result.returncode}: {shown}")
    if result.returncode != 0 or not result.stdout.strip():
        sys.exit(f"smoke: {program.name} {' '.join(args)} failed\n{result.stdout}{result.stderr}")


def window_stays_up(program: Path, env, seconds: float = 2.0) -> None:
    process = subprocess.Popen([str(program)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    time.sleep(seconds)
    if process.poll() is not None:
        output = process.communicate()[0]
        sys.exit(f"smoke: {program.name} window exited after start with code "
                 f"{process.returncode}\n{output}")
    process.terminate()
    try:
        process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
    print(f"smoke: {program.name} window ran for {seconds:.0f} s")


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build = Path(sys.argv[1])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if sys.platform.startswith("linux"):
        runtime = build / "smoke-xdg"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env.setdefault("XDG_RUNTIME_DIR", str(runtime))
    for name, folder in PROGRAMS.items():
        program = find_program(build, name, folder)
        run_and_check(program, ["--help"], env)
        run_and_check(program, ["--version"], env)
        window_stays_up(program, env)
    print("smoke: both programs passed")


if __name__ == "__main__":
    main()
