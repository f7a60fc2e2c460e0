"""Run sif with stderr on a pseudo-terminal, as a user at a terminal sees it (the progress
bars draw only there unless --progress). Shared by check_progress.py and
check_sim_progress.py."""
import os
import pty
import subprocess
import tempfile


def run_on_tty(args, cwd, env):
    """Exit code, stdout and stderr (text) of args with stderr on a pseudo-terminal. stdout
    goes to a file, so a long one never blocks the child while the terminal is read."""
    master, slave = pty.openpty()
    with tempfile.TemporaryFile() as stdout:
        p = subprocess.Popen(args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                             stdout=stdout, stderr=slave)
        os.close(slave)
        err = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:   # EIO: the child closed the terminal
                break
            if not chunk:
                break
            err += chunk
        os.close(master)
        rc = p.wait()
        stdout.seek(0)
        out = stdout.read()
    return rc, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
