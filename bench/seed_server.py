#!/usr/bin/env python3
"""The tutorial's greeting server that BindLab grew from, in Python 3: the benchmark's second
reference (an interpreter, one blocking accept at a time, no event loop).

  seed_server.py [--bind hostname|any|ADDRESS] [--port N] [--backlog N] [--quiet]

--bind hostname is the tutorial's own bind((socket.gethostname(), port)), which on many Linux
machines means 127.0.0.1 only; --bind any is its fix, bind(('', port)). --backlog defaults to
the tutorial's 5, which loses clients under concurrency: the benchmark passes a large one so it
measures serving, not SYN cookies. --quiet drops the tutorial's line per connection.

Prints {"event":"listening",...} first and {"event":"stopped","served":N} on SIGTERM/SIGINT,
the shape bindlab-server --headless --json uses.
"""
import argparse
import json
import signal
import socket
import sys

GREETING = b"Thank you for connecting!"


class Stop(Exception):
    pass


def on_stop(signum, frame):
    raise Stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bind", default="hostname")
    parser.add_argument("--port", type=int, default=12397)
    parser.add_argument("--backlog", type=int, default=5)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    host = {"hostname": socket.gethostname(), "any": ""}.get(args.bind, args.bind)

    signal.signal(signal.SIGTERM, on_stop)
    signal.signal(signal.SIGINT, on_stop)
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, args.port))
    listener.listen(args.backlog)
    address, port = listener.getsockname()[:2]
    print(json.dumps({"event": "listening", "address": address, "port": port}), flush=True)
    served = 0
    try:
        while True:
            conn, peer = listener.accept()
            # The benchmark stops it only while it waits in accept(), so the count is exact.
            with conn:
                if not args.quiet:
                    print("Got connection from", peer, flush=True)
                try:
                    conn.send(GREETING)
                    served += 1
                except OSError:
                    pass  # the client left first; the tutorial's server would have died here
    except Stop:
        pass
    print(json.dumps({"event": "stopped", "served": served}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
