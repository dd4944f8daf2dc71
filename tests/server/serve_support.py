"""Starting `kinmap serve` for a test: a free port, the first stdout line
read (never a sleep), the process stopped with SIGTERM at the end."""

import os
import re
import select
import signal
import subprocess
import time

FIRST_LINE = re.compile(r"^kinmap: serving (.+) at http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]{32})$")


class Served:
    def __init__(self, kinmap, case_path, timeout=20):
        self.process = subprocess.Popen([kinmap, "serve", case_path], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            self.process.kill()
            raise RuntimeError("kinmap serve printed nothing in %d s" % timeout)
        line = self.process.stdout.readline().rstrip("\n")
        match = FIRST_LINE.match(line)
        if not match:
            self.process.kill()
            raise RuntimeError("unexpected first line from kinmap serve: %r (stderr: %s)"
                               % (line, self.process.stderr.read()))
        self.path, self.port, self.token = match.group(1), int(match.group(2)), match.group(3)
        self.url = "http://127.0.0.1:%d/?token=%s" % (self.port, self.token)

    def stop(self, timeout=10):
        """SIGTERM, then the exit status (killed and None if it hangs)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return None
