#!/usr/bin/python3
"""Attack 7 of issue 11: the import hashed the file, then opened it again to parse it, so a
file swapped in between (inotify, 3 of 3 tries) had one file's hash recorded with another's
rows. Prints how many times COMMAND opened FILE (inotify IN_OPEN), then COMMAND's exit code.

    count_opens.py FILE COMMAND ARGS...
"""
import ctypes
import os
import select
import struct
import subprocess
import sys

IN_OPEN = 0x20
libc = ctypes.CDLL("libc.so.6", use_errno=True)


def main():
    path, cmd = sys.argv[1], sys.argv[2:]
    fd = libc.inotify_init1(os.O_NONBLOCK)
    if fd < 0 or libc.inotify_add_watch(fd, path.encode(), IN_OPEN) < 0:
        print("inotify unavailable", file=sys.stderr)
        return 2
    p = subprocess.run(cmd, capture_output=True)
    opens = 0
    while select.select([fd], [], [], 0.2)[0]:
        data = os.read(fd, 65536)
        off = 0
        while off < len(data):
            _wd, mask, _cookie, n = struct.unpack_from("iIII", data, off)
            opens += bool(mask & IN_OPEN)
            off += 16 + n
    os.close(fd)
    print(opens)
    print(f"exit {p.returncode}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
